import { createActor } from 'xstate';
import { createAppMachine } from '../../src/machines/app-machine.ts';

const machine = createAppMachine<{ id: string }>();
const start = (share?: { id: string }) => createActor(machine, { input: { share } }).start();

describe('the app machine: which area shows', () => {
  it('starts in the wizard; with a share link, on the share first', () => {
    expect(start().getSnapshot().value).toBe('wizard');
    const a = start({ id: 'link' });
    expect(a.getSnapshot().value).toBe('share');
    expect(a.getSnapshot().context.share).toEqual({ id: 'link' });
    a.send({ type: 'share.done' });
    expect(a.getSnapshot().value).toBe('wizard');
    expect(a.getSnapshot().context.share).toBeUndefined();
  });

  it('opens the clients, a client and the calculators, each with what it names', () => {
    const a = start();
    a.send({ type: 'open.clients' });
    expect(a.getSnapshot().value).toBe('clients');
    a.send({ type: 'open.client', client: 'c1', anchor: 'member-2' });
    expect(a.getSnapshot()).toMatchObject({ value: 'client', context: { client: 'c1', anchor: 'member-2' } });
    a.send({ type: 'open.calculators', calculator: 'schengen' });
    expect(a.getSnapshot()).toMatchObject({ value: 'calculators', context: { calculator: 'schengen' } });
    a.send({ type: 'open.wizard' });
    expect(a.getSnapshot().value).toBe('wizard');
  });

  it('answers for a client\'s member, and back to that client', () => {
    const a = start();
    a.send({ type: 'open.client', client: 'c1' });
    a.send({ type: 'member.answer', member: { clientId: 'c1', memberId: 'm2' } });
    expect(a.getSnapshot()).toMatchObject({ value: 'wizard', context: { member: { clientId: 'c1', memberId: 'm2' } } });
    a.send({ type: 'open.clients' });
    a.send({ type: 'member.leave' });
    expect(a.getSnapshot()).toMatchObject({ value: 'client', context: { client: 'c1', member: undefined } });
    // Leaving with no member answered for: the clients list.
    a.send({ type: 'member.leave' });
    expect(a.getSnapshot().value).toBe('clients');
  });

  it('clearing the data leaves a member and a share, to the wizard', () => {
    const a = start({ id: 'link' });
    a.send({ type: 'member.answer', member: { clientId: 'c1', memberId: 'm2' } });
    a.send({ type: 'data.cleared' });
    expect(a.getSnapshot()).toMatchObject({ value: 'wizard', context: { member: undefined, share: undefined } });
  });
});
