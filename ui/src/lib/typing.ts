// What a field of My record tells the keyboard: no autocorrect (it would change an account
// name typed letter for letter), no automatic capitals, no spell check, no learning or
// suggesting of what was typed (the keyboard's dictionary would keep the words). Spread onto
// every <input> and <textarea> of the record; an end-to-end test reads the attributes back.
export const plainTyping = {
  autocomplete: 'off',
  autocorrect: 'off',
  autocapitalize: 'off',
  spellcheck: 'false',
} as const;
