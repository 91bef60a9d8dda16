import { expect } from '@open-wc/testing';
import { type ComboboxKeyState, comboboxKeyAction } from './combobox-keys.js';

const listOpen: ComboboxKeyState = { open: true, count: 5, active: 2, hasText: true };
const closed: ComboboxKeyState = { open: false, count: 5, active: -1, hasText: true };

describe('comboboxKeyAction', () => {
  it('opens the list on ↓ at the first suggestion, on ↑ at the last, on Alt+↓ at none', () => {
    expect(comboboxKeyAction('ArrowDown', false, closed).action).to.deep.equal({
      do: 'open',
      active: 0,
    });
    expect(comboboxKeyAction('ArrowUp', false, closed).action).to.deep.equal({
      do: 'open',
      active: 4,
    });
    expect(comboboxKeyAction('ArrowDown', true, closed).action).to.deep.equal({
      do: 'open',
      active: -1,
    });
    const nothingYet = { ...closed, count: 0 };
    expect(comboboxKeyAction('ArrowDown', false, nothingYet).action).to.deep.equal({
      do: 'open',
      active: -1,
    });
  });

  it('moves through the list with ↓ ↑, wrapping at both ends; Alt+↑ closes', () => {
    expect(comboboxKeyAction('ArrowDown', false, listOpen).action).to.deep.equal({
      do: 'highlight',
      active: 3,
    });
    expect(comboboxKeyAction('ArrowDown', false, { ...listOpen, active: 4 }).action).to.deep.equal({
      do: 'highlight',
      active: 0,
    });
    expect(comboboxKeyAction('ArrowUp', false, { ...listOpen, active: 0 }).action).to.deep.equal({
      do: 'highlight',
      active: 4,
    });
    expect(comboboxKeyAction('ArrowUp', false, { ...listOpen, active: -1 }).action).to.deep.equal({
      do: 'highlight',
      active: 4,
    });
    expect(comboboxKeyAction('ArrowUp', true, listOpen)).to.deep.equal({
      action: { do: 'close' },
      handled: true,
    });
  });

  it('leaves Home and End to the caret until the user is in the list', () => {
    expect(comboboxKeyAction('Home', false, listOpen).action).to.deep.equal({
      do: 'highlight',
      active: 0,
    });
    expect(comboboxKeyAction('End', false, listOpen).action).to.deep.equal({
      do: 'highlight',
      active: 4,
    });
    expect(comboboxKeyAction('Home', false, { ...listOpen, active: -1 }).handled).to.equal(false);
    expect(comboboxKeyAction('End', false, closed).handled).to.equal(false);
  });

  it('chooses on Enter only with a highlighted suggestion, and lets Tab move the focus', () => {
    expect(comboboxKeyAction('Enter', false, listOpen)).to.deep.equal({
      action: { do: 'choose', index: 2 },
      handled: true,
    });
    expect(comboboxKeyAction('Enter', false, { ...listOpen, active: -1 }).handled).to.equal(false);
    expect(comboboxKeyAction('Tab', false, listOpen)).to.deep.equal({
      action: { do: 'choose', index: 2 },
      handled: false,
    });
    expect(comboboxKeyAction('Tab', false, closed)).to.deep.equal({
      action: { do: 'nothing' },
      handled: false,
    });
  });

  it('closes on Escape, then empties the field, then does nothing', () => {
    expect(comboboxKeyAction('Escape', false, listOpen).action).to.deep.equal({ do: 'close' });
    expect(comboboxKeyAction('Escape', false, closed).action).to.deep.equal({ do: 'clear' });
    expect(comboboxKeyAction('Escape', false, { ...closed, hasText: false }).handled).to.equal(
      false,
    );
  });

  it('leaves every other key to the field', () => {
    expect(comboboxKeyAction('a', false, listOpen)).to.deep.equal({
      action: { do: 'nothing' },
      handled: false,
    });
  });
});
