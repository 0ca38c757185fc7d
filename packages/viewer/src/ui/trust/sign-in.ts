// The curator's sign-in: the API token and a name, kept in this tab's sessionStorage only.
import { session } from '../../api-client.ts';
import { el } from '../dom.ts';

export function signInBox(onChange: () => void): HTMLElement {
  const box = el('details', { class: 'sign-in', id: 'sign-in' });
  const draw = () => {
    const token = session.token();
    if (token) {
      box.replaceChildren(
        el('summary', { title: 'Signed in as curator' }, `✎ ${session.who()}`),
        el(
          'button',
          {
            type: 'button',
            id: 'sign-out',
            onclick: () => {
              session.signOut();
              draw();
              onChange();
            },
          },
          'Sign out',
        ),
      );
      return;
    }
    const tokenInput = el('input', {
      type: 'password',
      id: 'token-input',
      placeholder: 'API token',
      autocomplete: 'off',
    });
    const whoInput = el('input', {
      type: 'text',
      id: 'who-input',
      placeholder: 'Your name',
      autocomplete: 'off',
    });
    box.replaceChildren(
      el('summary', {}, 'Curate'),
      el(
        'form',
        {
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (!tokenInput.value) return;
            session.signIn(tokenInput.value, whoInput.value.trim());
            draw();
            onChange();
          },
        },
        tokenInput,
        whoInput,
        el('button', { type: 'submit', id: 'sign-in-go' }, 'Sign in'),
      ),
    );
  };
  draw();
  return box;
}
