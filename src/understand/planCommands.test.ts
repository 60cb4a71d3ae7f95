/** Assigning a lead: a name, an id of any form Teams uses, both, or an @mention; never a half-read value. */
import { describe, expect, it } from '@jest/globals';
import { actionsAsked, anotherLead, leadOfShown, parseCommand, readAssignee, type ParseContext } from './planCommands.js';

const ctx: ParseContext = {
  councils: [{ id: 'trafford', name: 'Trafford', aliases: ['trafford'] }],
  prefixes: new Map([['TRF', 'trafford']]),
  now: new Date('2026-12-01T12:00:00Z'),
};
const TRF1 = { council: 'trafford', ref: 'TRF-1' };
const GUID = '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f';

describe('assign: who is to lead', () => {
  it.each<[string, object]>([
    ['assign TRF-1 to Head of Procurement', { lead: 'Head of Procurement' }],
    [`assign TRF-1 to Head of Procurement <${GUID}>`, { lead: 'Head of Procurement', contact: GUID }],
    [`assign TRF-1 to Head of Procurement <${GUID.toUpperCase()}>`, { lead: 'Head of Procurement', contact: GUID }],
    [`assign TRF-1 to Head of Procurement < ${GUID} >`, { lead: 'Head of Procurement', contact: GUID }],
    [`assign TRF-1 to Head of Procurement <8:orgid:${GUID}>`, { lead: 'Head of Procurement', contact: GUID }],
    ['assign TRF-1 to Head of Procurement <29:1A2b3C4d5E6f-GhIjKlMnOp_QrStUv>', { lead: 'Head of Procurement', contact: '29:1A2b3C4d5E6f-GhIjKlMnOp_QrStUv' }],
    ['assign TRF-1 to Head of Procurement <Sam.Smith@Trafford.gov.uk>', { lead: 'Head of Procurement', contact: 'sam.smith@trafford.gov.uk' }],
    ['assign TRF-1 to Head of Procurement (sam@trafford.gov.uk)', { lead: 'Head of Procurement', contact: 'sam@trafford.gov.uk' }],
    ['assign TRF-1 to Head of Procurement sam@trafford.gov.uk', { lead: 'Head of Procurement', contact: 'sam@trafford.gov.uk' }],
    ['assign TRF-1 to sam@trafford.gov.uk, Head of Procurement', { lead: 'Head of Procurement', contact: 'sam@trafford.gov.uk' }],
    [`assign TRF-1 to ${GUID}`, { contact: GUID }],
    ['assign TRF-1 to <sam@trafford.gov.uk>', { contact: 'sam@trafford.gov.uk' }],
    // A bracketed part of a title stays in the title.
    ['assign TRF-1 to Strategy and Innovation Manager (Policy, Performance and Partnerships)', { lead: 'Strategy and Innovation Manager (Policy, Performance and Partnerships)' }],
    // @mentions: as Teams sends them, and as the bot layer passes them on ("@Name").
    ['assign TRF-1 to <at>Sam Smith</at>', { lead: 'Sam Smith', mention: 'Sam Smith' }],
    ['assign TRF-1 to Head of Procurement <at>Sam Smith</at>', { lead: 'Head of Procurement', mention: 'Sam Smith' }],
    ['assign TRF-1 to @Sam Smith', { lead: 'Sam Smith', mention: 'Sam Smith' }],
    ['assign TRF-1 to Head of Procurement&nbsp;<at>Sam Smith</at>', { lead: 'Head of Procurement', mention: 'Sam Smith' }],
    ['reassign TRF-1 Head of HR', { lead: 'Head of HR' }],
  ])('%s', (text, who) => expect(parseCommand(text, ctx)).toEqual({ kind: 'assign', target: TRF1, ...who }));

  it.each<[string, RegExp]>([
    // The reported fault: an id one character too long became the lead "Head of Procurement 1>".
    [`assign TRF-1 to Head of Procurement <${GUID}1>`, new RegExp(`^I couldn't read "${GUID}1" as a Teams sign-in\\.`)],
    [`assign TRF-1 to Head of Procurement <${GUID.slice(0, -1)}>`, /^I couldn't read "8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5" as a Teams sign-in/],
    ['assign TRF-1 to Head of Procurement <abc-1>', /^I couldn't read "abc-1" as a Teams sign-in/],
    ['assign TRF-1 to Head of Procurement <Sam Smith>', /^I couldn't read "Sam Smith" as a Teams sign-in/],
    ['assign TRF-1 to Head of Procurement <>', /^The angle brackets are empty/],
    ['assign TRF-1 to Head of Procurement <sam@trafford.gov.uk', /^I couldn't read "Head of Procurement <sam@trafford.gov.uk": put their Teams sign-in in angle brackets after the name/],
    ['assign TRF-1 to Head of Procurement <sam@trafford.gov.uk> today', /^I couldn't read "Head of Procurement <sam@trafford.gov.uk> today"/],
    ['assign TRF-1 to Head of Procurement sam@trafford', /^I couldn't read "sam@trafford" as a Teams sign-in/],
    ['assign TRF-1 to Head of Procurement 8:orgid:nonsense', /^I couldn't read "8:orgid:nonsense" as a Teams sign-in/],
    ['assign TRF-1 to sam@trafford.gov.uk jo@trafford.gov.uk', /more than one Teams sign-in/],
    ['assign TRF-1 to <at>Sam Smith</at> <sam@trafford.gov.uk>', /both @mentions someone and gives a sign-in/],
    ['assign TRF-1 to', /^Who should lead TRF-1\?/],
  ])('%s is refused, saying what could not be read', (text, message) => {
    const got = parseCommand(text, ctx);
    expect(got).toMatchObject({ kind: 'invalid', examples: ['assign TRF-1 to Procurement Manager <sam.smith@council.gov.uk>'] });
    expect((got as { message: string }).message).toMatch(message);
  });

  it('never returns a lead or contact with a bracket or a stray piece of an id in it', () => {
    const tails = [`Head of Procurement <${GUID}1>`, `Head <${GUID}> x`, 'Head of Procurement 1>', '<<sam@trafford.gov.uk>>', `(${GUID}`, 'Head (sam@x.gov.uk'];
    for (const tail of tails) {
      const who = readAssignee(tail);
      const saved = 'problem' in who ? [] : [who.lead, who.contact].filter((v): v is string => v !== undefined);
      for (const value of saved) expect({ tail, value }).toEqual({ tail, value: expect.not.stringMatching(/[<>()]|^\d+>?$/) });
    }
  });

  it('keeps a long name from being saved, saying how long it may be', () => {
    expect(readAssignee('x'.repeat(201))).toEqual({ problem: "The lead's name is 201 characters long; keep it under 200." });
  });
});

describe('the other ways people word a plan command', () => {
  it.each<[string, object]>([
    ['give TRF-1 to Head of Procurement', { kind: 'assign', target: TRF1, lead: 'Head of Procurement' }],
    ['hand TRF-1 over to Head of HR', { kind: 'assign', target: TRF1, lead: 'Head of HR' }],
    ['TRF-1 due 31 March 2027', { kind: 'due', target: TRF1, due: '2027-03-31' }],
    ['trf-1 due by 31/03/2027', { kind: 'due', target: TRF1, due: '2027-03-31' }],
    ['set TRF-1 due date to 31 March 2027', { kind: 'due', target: TRF1, due: '2027-03-31' }],
    ['TRF-1 deadline 2027-03-31', { kind: 'due', target: TRF1, due: '2027-03-31' }],
    ['ask leads for updates', { kind: 'request' }],
    ['chase the leads for updates', { kind: 'request' }],
  ])('%s', (text, command) => expect(parseCommand(text, ctx)).toEqual(command));

  it('leaves a question that only mentions a due date to the documents', () => {
    expect(parseCommand('when is the Trafford action plan due to be reviewed?', ctx)?.kind).not.toBe('due');
  });
});

describe('another lead named after one lead\'s actions', () => {
  const leads = ['Procurement Manager', 'Strategy and Innovation Manager', 'Human Resources Manager/Staffing Committee'];
  it.each<[string, string]>([
    ['and the procurement manager?', 'procurement manager'],
    ['what about the HR mgr then', 'HR mgr'],
    ['ok and the strategy and innovation manager?', 'strategy and innovation manager'],
    ["procurement manager's?", 'procurement manager'],
  ])('%p is that lead', (text, lead) => {
    expect(anotherLead(text, leads)).toBe(lead);
  });

  it.each(['and stockport?', 'and the weighting?', 'what about age?', 'and what is the procurement manager responsible for in the policy and why?', 'thanks'])('%p is not', (text) => {
    expect(anotherLead(text, leads)).toBeUndefined();
  });
});

describe('one lead picked among the actions shown', () => {
  const leads = ['Procurement Manager', 'Strategy and Innovation Manager', 'Human Resources Manager/Staffing Committee'];
  it.each<[string, string]>([
    ["which of those are the procurement manager's?", 'procurement manager'],
    ['which ones are led by the procurement manager?', 'procurement manager'],
    ["any of them the strategy and innovation manager's?", 'strategy and innovation manager'],
    ['and which are for the HR manager', 'HR manager'],
  ])('%p is that lead', (text, lead) => {
    expect(leadOfShown(text, leads)).toBe(lead);
  });

  it.each(['which of those are overdue?', 'what does the procurement manager do in the policy?', 'which theme is the biggest?', 'any of them due soon?'])('%p is not', (text) => {
    expect(leadOfShown(text, leads)).toBeUndefined();
  });
});

describe('actions named in a question about their progress', () => {
  const actions = [
    { council: 'cheshire-west-and-chester' as const, ref: 'CWAC-1', action: 'Adopt a social value measurement tool' },
    { council: 'cheshire-west-and-chester' as const, ref: 'CWAC-3', action: 'Launch social value measurement tool' },
    { council: 'cheshire-west-and-chester' as const, ref: 'CWAC-8', action: 'Deliver a Supported Internship programme within the Council' },
    { council: 'stockport' as const, ref: 'SMBC-2', action: 'Implement the Match My Project on-line brokerage portal' },
  ];
  it.each<[string, string[]]>([
    ['is the cwac measurement tool action done yet', ['CWAC-1', 'CWAC-3']],
    ["what's the progress on the supported internship?", ['CWAC-8']],
    ['how is match my project going', ['SMBC-2']],
  ])('%p names %p', (text, refs) => {
    expect(actionsAsked(text, actions, undefined)?.refs).toEqual(refs);
  });

  it.each(['has the supported internship happened?', 'when is the measurement tool being launched', 'what is match my project', 'how is the weighting going to change?'])('%p is not', (text) => {
    expect(actionsAsked(text, actions, undefined)).toBeUndefined();
  });

  it('keeps to the council asked of', () => {
    expect(actionsAsked('how is match my project going', actions, 'cheshire-west-and-chester')).toBeUndefined();
  });
});
