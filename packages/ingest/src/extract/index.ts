export { extractArticle } from './extract-article.ts';
