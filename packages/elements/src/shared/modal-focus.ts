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
