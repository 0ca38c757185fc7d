// Newspapers set the first words of a story in capitals ("MICK LYNCH has been elected …"). A run
// of capitalised words that starts with a given name is a name; it is read in title case, letter
// for letter, so every offset stays that of the article.

const SHOUTED = /\b([A-Z][A-Z'’-]+)((?:\s+[A-Z][A-Z'’-]+){1,2})\b/g;

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

export function readShoutedNames(text: string, givenNames: ReadonlySet<string>): string {
  return text.replace(SHOUTED, (run: string, first: string) =>
    givenNames.has(first.toLowerCase()) ? run.replace(/[A-Z][A-Z'’-]+/g, titleCase) : run,
  );
}
