/** Where the combobox stands when a key is pressed. */
export interface ComboboxKeyState {
  /** The popup is open (suggestions or a message under the field). */
  open: boolean;
  /** Suggestions on screen, shown or not. */
  count: number;
  /** The highlighted suggestion, -1 for none. */
  active: number;
  /** The field holds text. */
  hasText: boolean;
}

/** What the key does; `handled` keys lose their default action (caret move, form submit). */
export type ComboboxKeyAction =
  | { do: 'open'; active: number }
  | { do: 'highlight'; active: number }
  | { do: 'close' }
  | { do: 'choose'; index: number }
  | { do: 'clear' }
  | { do: 'nothing' };

/**
 * The keys of a WAI-ARIA 1.2 editable combobox with a listbox popup (APG "list autocomplete").
 * ↓ ↑ open the list or move through it, wrapping; Alt+↓ opens without highlighting, Alt+↑
 * closes; Home and End jump to the ends once the user is in the list (before that they move the
 * caret); Enter chooses the highlighted suggestion; Escape closes, then empties the field; Tab
 * chooses the highlighted suggestion and lets the focus move on.
 */
export function comboboxKeyAction(
  key: string,
  altKey: boolean,
  { open, count, active, hasText }: ComboboxKeyState,
): { action: ComboboxKeyAction; handled: boolean } {
  const expanded = open && count > 0;
  const inList = expanded && active >= 0;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = key === 'ArrowDown';
      if (!expanded)
        return handled({ do: 'open', active: altKey || count === 0 ? -1 : down ? 0 : count - 1 });
      if (altKey) return handled(down ? { do: 'nothing' } : { do: 'close' });
      const next = down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1;
      return handled({ do: 'highlight', active: next });
    }
    case 'Home':
    case 'End':
      if (!inList) return unhandled();
      return handled({ do: 'highlight', active: key === 'Home' ? 0 : count - 1 });
    case 'Enter':
      return inList ? handled({ do: 'choose', index: active }) : unhandled();
    case 'Escape':
      if (open) return handled({ do: 'close' });
      return hasText ? handled({ do: 'clear' }) : unhandled();
    case 'Tab':
      // The default (focus moves on) must happen: never handled.
      return {
        action: inList ? { do: 'choose', index: active } : { do: 'nothing' },
        handled: false,
      };
    default:
      return unhandled();
  }
}

function handled(action: ComboboxKeyAction) {
  return { action, handled: true };
}

function unhandled() {
  return { action: { do: 'nothing' } as const, handled: false };
}
