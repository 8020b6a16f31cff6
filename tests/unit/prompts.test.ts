// Prompt-level tests: the real @inquirer prompts, driven through @inquirer/testing's virtual screen.
import { screen } from '@inquirer/testing/vitest';
// The prompt module is loaded lazily, so each test awaits screen.next() (the first render) before looking.
import { describe, expect, it } from 'vitest';
import { askConfirm, askSelect, askText, PromptInterrupted } from '../../src/cli/prompts.js';

describe('askSelect', () => {
  const items = [
    { name: '0 · Absent', value: 0, description: 'Nothing exists.' },
    { name: '1 · Emerging', value: 1, description: 'Some of it exists.' },
    { name: '2 · Embedded', value: 2, description: 'It is how work is done.' },
    { separator: ' ' },
    { name: 'Back', value: -1, description: 'Return to the previous question.' },
  ];

  it('starts on the default, shows its description, and Enter takes it', async () => {
    const answer = askSelect('Answer:', items, { default: 1 });
    await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain('Answer:');
    expect(shown).toMatch(/❯ 1 · Emerging/);
    expect(shown).toContain('Some of it exists.');
    expect(shown).not.toContain('Nothing exists.');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(1);
  });

  it('moves with the arrows over the separator and does not wrap around', async () => {
    const answer = askSelect('Answer:', items, { default: 2 });
    await screen.next();
    screen.keypress('down');
    expect(screen.getScreen()).toMatch(/❯ Back/);
    screen.keypress('down');
    expect(screen.getScreen()).toMatch(/❯ Back/);
    screen.keypress('up');
    screen.keypress('up');
    expect(screen.getScreen()).toContain('Some of it exists.');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(1);
  });

  it('shows every level at once (no paging) and echoes the short form when done', async () => {
    const answer = askSelect('Answer:', [...items.slice(0, 3), { name: 'Not applicable', value: 9, short: 'n/a' }], {});
    await screen.next();
    const shown = screen.getScreen();
    for (const name of ['0 · Absent', '1 · Emerging', '2 · Embedded', 'Not applicable']) expect(shown).toContain(name);
    screen.keypress('up');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(0);
  });

  it('turns Ctrl-C into PromptInterrupted', async () => {
    const answer = askSelect('Answer:', items, { default: 0 });
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(PromptInterrupted);
  });
});

describe('askText', () => {
  it('returns the default on Enter', async () => {
    const answer = askText('Organization audited:', { default: 'My organization', required: true });
    await screen.next();
    expect(screen.getScreen()).toContain('(My organization)');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('My organization');
  });

  it('returns what was typed, trimmed, and an empty string for Enter without a default', async () => {
    const typed = askText('Note:');
    await screen.next();
    screen.type('  Seen in the CRM  ');
    screen.keypress('enter');
    await expect(typed).resolves.toBe('Seen in the CRM');
    const empty = askText('Note:');
    await screen.next();
    screen.keypress('enter');
    await expect(empty).resolves.toBe('');
  });

  it('Backspace on an empty line drops the default, so an existing note can be cleared', async () => {
    const answer = askText('Note:', { default: 'old note' });
    await screen.next();
    screen.keypress('backspace');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('');
  });

  it('turns Ctrl-C into PromptInterrupted', async () => {
    const answer = askText('Note:');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(PromptInterrupted);
  });
});

describe('askConfirm', () => {
  it('takes the default on Enter', async () => {
    const answer = askConfirm('Continue that session?', { default: true });
    await screen.next();
    expect(screen.getScreen()).toContain('Continue that session?');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });
});
