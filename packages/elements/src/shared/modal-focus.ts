/**
 * A `focusout` listener for a modal `<dialog>`: the focus goes back to the field it left when
 * it moved to the page behind. That page is inert, yet a PDF viewer (an `<iframe>`) that finishes
 * loading there takes the focus, and with it the keyboard: Escape and Tab then went to the
 * viewer, and the dialog could no longer be closed with the keyboard.
 */
export function keepFocusIn(event: FocusEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  const field = event.target as HTMLElement;
  // Where the focus went is known once it has landed.
  setTimeout(() => {
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    // Closed, re-rendered, or the window lost the focus (the field keeps it then): nothing to do.
    if (!dialog.open || !field.isConnected || !active || dialog.contains(active)) return;
    field.focus();
  });
}

/**
 * The same grab outside a dialog: a keyboard user opens a dossier, the focus goes to its
 * heading, then the PDF viewer finishes loading and takes the focus (and the next Tab) away.
 * While a viewer loads and for a moment after, a move of the focus into it that no Tab key
 * asked for is undone. Listen with `focusout` and `keydown` on the element's root.
 */
export class ViewerFocusGuard {
  #loading = false;
  #settledAt = 0;
  #tabAt = -Infinity;

  /** A viewer was rendered with a document to load. */
  loading(): void {
    this.#loading = true;
  }

  /** Its `load` event: it may still take the focus just after. */
  loaded(): void {
    this.#loading = false;
    this.#settledAt = performance.now() + 1500;
  }

  keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') this.#tabAt = performance.now();
  };

  focusout = (event: FocusEvent): void => {
    const left = event.target as HTMLElement;
    const now = performance.now();
    if ((!this.#loading && now > this.#settledAt) || now - this.#tabAt < 500) return;
    setTimeout(() => {
      const active = (left.getRootNode() as Document | ShadowRoot).activeElement;
      if (active?.localName === 'iframe' && left.isConnected) left.focus();
    });
  };
}
