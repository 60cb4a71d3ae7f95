/**
 * Assistant.reply(): officers' questions, answered from the real packs. Each expectation is a figure or
 * a sentence from the council documents (data/sources/), and the document it is cited to.
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../policy/loader.js';
import { loadVocabulary } from '../understand/vocabulary.js';
import { createTomsLookup, loadTomsCatalogue } from '../policy/tomsCatalogue.js';
import { answerAsText, type Answer } from './answer.js';
import { Assistant, type AskContext } from './assistant.js';
import { forceOf } from './weighting.js';

const library = loadPolicyLibrary();
const assistant = new Assistant(library, createTomsLookup(loadTomsCatalogue()), { vocabulary: loadVocabulary(DEFAULT_DATA_DIR), now: () => new Date('2026-12-01T12:00:00Z') });

const STOCKPORT_CHARTER = "Stockport's Social Value Charter (2019), section 4. Social Value through Procurement";
const STOCKPORT_STATEMENT = 'Stockport Social Value Annual Statement 2022-2023';
const CWAC_POLICY = 'Cheshire West and Chester Council Social Value Policy 2021-25';
const CWAC_GUIDELINES = `${CWAC_POLICY}, Policy interventions: Procurement (iv) Clear guidelines`;
const TRAFFORD_REPORT = 'Report to the Executive: Trafford Social Value Charter and Draft Social Value Action Plan';

/** The answer to a message, and its plain-text rendering (what the card's fallback and transcript show). */
function ask(text: string, ctx: AskContext = {}): { answer: Answer; text: string } {
  const reply = assistant.reply(text, ctx);
  if (reply.kind !== 'answer') throw new Error(`expected an answer to "${text}", got ${reply.kind}`);
  return { answer: reply.answer, text: answerAsText(reply.answer) };
}

describe('Stockport', () => {
  it('a £75k services contract: a minimum of 15% with a target of 20%, from the Charter', () => {
    const { answer, text } = ask('What weighting do I need for a £75k services contract in Stockport?');
    expect(answer.kind).toBe('answer');
    // The title names the council the question named: no line repeats it.
    expect(answer.title).toBe('Social value for a £75,000 services contract in Stockport');
    expect(answer.context).toBeUndefined();
    expect(answer.headline).toContain('minimum social value weighting is 15%, with an overall target of 20%');
    // competitiveness was not stated, and the rule covers competitive procurement only
    expect(answer.headline).toContain('competitive procurement');
    expect(answer.sources).toEqual([STOCKPORT_CHARTER]);
    expect(text).toContain('Total contract value: £75,000');
  });

  it('£25,000 is not "in excess of £25k": no weighting, and the answer says which rule it misses', () => {
    const { answer } = ask('What weighting for a £25k contract in Stockport?');
    expect(answer.headline).toMatch(/^Stockport's documents set no social value weighting for a £25,000 contract because £25,000 is not more than £25,000/);
    expect(answer.headline).toContain('in excess of £25k');
    expect(answer.sources).toEqual([STOCKPORT_CHARTER]);
  });

  it('"contracts over £25k" gets the 15% rule, not "no weighting for a £25,000 contract"', () => {
    const { answer } = ask('What weighting for contracts over £25k in Stockport?');
    expect(answer.headline).toMatch(/^For contracts over £25,000, Stockport's documents set a minimum of 15% with an overall target of 20%/);
    expect(answer.headline).not.toContain('set no social value weighting for a £25,000 contract');
  });

  it('£25,001 is: 15%', () => {
    expect(ask('weighting for £25,001 in Stockport').answer.headline).toContain('minimum social value weighting is 15%');
  });

  it('a direct award: no weighting, because the rule covers competitive procurement only', () => {
    const { answer } = ask('What weighting for a direct award of £75k in Stockport?');
    expect(answer.headline).toMatch(/set no social value weighting for a £75,000 non-competitive contract because it covers competitive procurement only/);
  });

  it('the Social Value Portal: not at £50k, yes at £50,000.01', () => {
    const no = ask('Does the Social Value Portal apply to a £50k contract in Stockport?').answer;
    expect(no.headline).toMatch(/^No: /);
    expect(no.headline).toContain('in excess of £50k');
    const yes = ask('Does the Social Value Portal apply to £50,000.01 in Stockport?').answer;
    expect(yes.headline).toMatch(/^Yes: /);
    expect(yes.sources).toEqual([STOCKPORT_CHARTER]);
  });

  it('exemptions need senior officer sign-off, from the Annual Statement', () => {
    const { text } = ask('Can I get an exemption from social value in Stockport?');
    expect(text).toContain('Social value must be included before the Procurement Initiation Document (PID) is signed off');
    expect(text).toContain('senior officer sign-off');
    expect(text).toContain(`Source: ${STOCKPORT_STATEMENT}, section 4. Implementation Approach for Embedding Social Value`);
  });

  it('priority cohorts, from the Annual Statement', () => {
    const { text } = ask('What are the priority cohorts in Stockport?');
    for (const cohort of ['Care leavers and looked after children', 'Ex-offenders', 'Long term unemployed', 'Veterans']) {
      expect(text).toContain(`- ${cohort}`);
    }
    expect(text).toContain(`Source: ${STOCKPORT_STATEMENT}, section 2. Key Areas of Focus (Cohorts)`);
  });

  it('payment deductions: says plainly the documents do not cover them, points to Cheshire West and Chester, and says how Stockport monitors delivery', () => {
    const { answer, text } = ask('Can Stockport deduct payments if a supplier fails to deliver social value?');
    expect(answer.title).toBe("Not covered in Stockport's documents");
    expect(answer.headline).toContain("don't say anything about payment deductions");
    expect(answer.headline).toContain('Cheshire West and Chester does');
    expect(answer.headline).toContain("What Stockport's documents do say: Social value is part of contract management");
    expect(text).not.toMatch(/[£%]/);
  });
});

describe('Cheshire West and Chester', () => {
  it.each([
    ['£50,000', '5%'],
    ['£100,000', '5%'],
    ['£100,000.01', '10%'],
    ['£1m', '10%'],
  ])('a %s contract: a standard weighting of %s, which could be varied', (value, figure) => {
    const { answer } = ask(`What weighting for a ${value} contract in CWaC?`);
    expect(answer.headline).toContain(`standard social value weighting is ${figure}`);
    expect(answer.headline).toContain('varied on a case by case basis');
    expect(answer.sources).toEqual([CWAC_GUIDELINES]);
  });

  it('£49,999.99: no weighting', () => {
    const { answer } = ask('weighting for £49,999.99 in Cheshire West');
    expect(answer.headline).toMatch(/^Cheshire West and Chester's documents set no social value weighting for a £49,999.99 contract/);
  });

  it('the weighting summary puts the floor where the policy does: below £50,000, not at it', () => {
    const { answer } = ask('What is the social value weighting in Cheshire West and Chester?');
    expect(answer.headline).toContain('a standard weighting of 5% for contracts with a total value between £50,000 and £100,000');
    expect(answer.headline).toContain('a standard weighting of 10% for higher value contracts (above £100,000 total value)');
    expect(answer.headline).toContain('(less than £50,000');
    expect(answer.headline).not.toContain('£50,000 or less');
  });

  it('"contracts over £100k" is answered with the band above £100,000, not the 5% that £100,000 itself gets', () => {
    const { answer } = ask('What weighting for contracts over £100k in CWaC?');
    expect(answer.title).toBe('Social value weighting for contracts over £100,000 in Cheshire West and Chester');
    expect(answer.headline).toContain('a standard weighting of 10% for higher value contracts (above £100,000 total value)');
    expect(answer.headline).not.toContain('5%');
    expect(answer.headline).not.toContain('For a £100,000 contract');
  });

  it('payment deductions: yes over £100,000, no at £80k', () => {
    const yes = ask('Can CWaC reduce payments on a £150k contract if social value is not delivered?');
    expect(yes.answer.headline).toMatch(/^Yes: /);
    expect(yes.answer.headline).toContain('social value fund');
    expect(yes.answer.sources).toEqual([`${CWAC_POLICY}, Policy interventions: Procurement (vii) Contractual commitments`]);
    const no = ask('Can CWaC reduce payments on an £80k contract if social value is not delivered?');
    expect(no.answer.headline).toMatch(/^No: .*contracts over £100,000 total value/);
  });

  it('payment deductions with no contract value: yes, for the contracts the rule covers', () => {
    const { answer } = ask('Can CWaC hold back payments if the supplier does not deliver the social value?');
    expect(answer.headline).toMatch(/^Yes, for contracts over £100,000 total value\. /);
    expect(answer.headline).toContain('social value fund');
    // A power the council reserves is allowed, not required.
    expect(ask('CWaC £250k contract, supplier cannot deliver: can we reduce payments?').answer.headline).toMatch(/^Yes: .*documents allow this/);
  });

  it('minimum standards list the four commitments', () => {
    const { text } = ask('What minimum standards apply to bidders in CWaC?');
    expect(text).toContain('- Commitment to eradicate modern slavery');
    expect(text).toContain('- Commitment to fair working practices');
    expect(text).toContain(`Source: ${CWAC_POLICY}, Policy interventions: Procurement (i) Minimum standards`);
  });

  it('paying suppliers: local suppliers in less than 30 days', () => {
    const { answer, text } = ask('How quickly do we pay suppliers in Cheshire West?');
    expect(answer.headline).toContain('less than the current standard of 30 days');
    expect(text).toContain(`Source: ${CWAC_POLICY}`);
  });
});

describe('Trafford', () => {
  it('weighting: says no weighting is set, with no percentage anywhere in the answer', () => {
    const { answer, text } = ask('What weighting does Trafford use?');
    expect(answer.headline).toMatch(/^Trafford's documents do not set a social value weighting/);
    expect(text).not.toContain('%');
    expect(answer.sources).toEqual([`${TRAFFORD_REPORT} (2022), section 2.3 and 3.1`]);
  });

  it('weighting for a £75k contract: still none, and no percentage', () => {
    const { answer, text } = ask('What weighting for a £75k contract in Trafford?');
    expect(answer.headline).toMatch(/do not set a social value weighting/);
    expect(text).not.toContain('%');
    // what the report does say for that value: TOMs and the Portal over £50k
    expect(text).toContain(`Source: ${TRAFFORD_REPORT} (2022), section 3.1`);
  });

  it('the Social Value Portal: no at £40k, yes at £60k', () => {
    expect(ask('Do I need the Social Value Portal for £40k in Trafford?').answer.headline).toMatch(/^No: .*over £50K/);
    expect(ask('Do I need the Social Value Portal for £60k in Trafford?').answer.headline).toMatch(/^Yes: /);
  });

  it('the steering group is chaired by the Inclusive Economy and Communities Manager (4.3)', () => {
    const { answer, text } = ask('Who chairs the steering group in Trafford?');
    expect(answer.headline).toContain('chaired by the Inclusive Economy and Communities Manager');
    expect(text).toContain(`Source: ${TRAFFORD_REPORT} (2022), section 4.3`);
  });

  it('who chairs Stockport\'s steering group: the documents do not say, and the Round Table\'s chair is not given as its answer', () => {
    const { answer, text } = ask("Who chairs Stockport's social value steering group?");
    expect(answer.headline).toMatch(/^Stockport's documents do not give a chair for the social value steering group\./);
    expect(text).not.toMatch(/former Mayor/);
  });

  it('a follow-up asks the same thing of another council: "and in Stockport?" after who chairs Trafford\'s group', () => {
    const first = assistant.reply('Who chairs the steering group in Trafford?', {});
    if (first.kind !== 'answer' || !first.remember) throw new Error('expected an answer to remember');
    const reply = assistant.reply('and in Stockport?', { previous: first.remember });
    if (reply.kind !== 'answer') throw new Error('expected an answer');
    expect(reply.answer.headline).toMatch(/^Stockport's documents do not give a chair/);
  });

  it('the procurement partner, from the council entry and its source', () => {
    const { answer, text } = ask("Who is Stockport's procurement partner?");
    expect(answer.headline).toBe("Stockport's procurement partner is STAR Procurement.");
    expect(text).toContain(`Source: ${STOCKPORT_STATEMENT}, section 3.`);
  });

  it('the Maturity Index: "developing to becoming an innovator"', () => {
    expect(ask('Where is Trafford on the maturity index?').answer.headline).toContain('"developing to becoming an innovator"');
  });

  it('outcomes achieved: 53p per £1, £24m, 76.4%', () => {
    const { text } = ask('What social value has Trafford achieved?');
    expect(text).toContain('53p');
    expect(text).toContain('£24m');
    expect(text).toContain('76.4%');
    expect(text).toContain(`Source: ${TRAFFORD_REPORT} (2022), section 3.1`);
  });

  it('PID sign-off: not covered, points to Stockport', () => {
    const { answer } = ask('PID sign-off in Trafford');
    expect(answer.kind).toBe('notice');
    expect(answer.headline).toContain('Stockport does');
  });
});

describe('which council an answer is for', () => {
  const question = 'What weighting for a £75k contract?';

  it("uses the officer's council when none is named, and says so", () => {
    const { answer } = ask(question, { userCouncil: 'trafford', defaultCouncil: 'stockport' });
    expect(answer.context).toBe('For Trafford, your council.');
    expect(answer.headline).toMatch(/do not set a social value weighting/);
  });

  it('falls back to the configured default, and says it is the default', () => {
    const { answer } = ask(question, { defaultCouncil: 'cheshire-west-and-chester' });
    expect(answer.context).toMatch(/^For Cheshire West and Chester, the default council here/);
    expect(answer.headline).toContain('standard social value weighting is 5%');
  });

  it('answers for the council named in the question over the remembered one', () => {
    const { answer } = ask('What weighting for a £75k contract in Stockport?', { userCouncil: 'trafford' });
    expect(answer.context).toBeUndefined();
    expect(answer.title).toContain('in Stockport');
    expect(answer.headline).toContain('15%');
  });

  it('with neither, asks which council, names the three it covers and gives no figures', () => {
    const { answer, text } = ask(question);
    expect(answer.kind).toBe('notice');
    expect(answer.title).toBe('Which council?');
    for (const name of ['Stockport', 'Trafford', 'Cheshire West and Chester']) expect(answer.headline).toContain(name);
    expect(text).not.toContain('%');
  });

  it('says which council is set', () => {
    expect(ask('which council am i', { userCouncil: 'trafford' }).answer.headline).toContain('Your council is set to Trafford');
    expect(ask('which council am i', { defaultCouncil: 'stockport' }).answer.headline).toMatch(/haven't set a council.*I answer for Stockport, the default/);
  });

  it('remembers a council the officer names, and refuses one it has no documents for', () => {
    expect(assistant.reply('I work for CWaC')).toEqual({ kind: 'set-council', council: 'cheshire-west-and-chester', name: 'Cheshire West and Chester' });
    const { answer } = ask('my council is Bury');
    expect(answer.kind).toBe('notice');
    expect(answer.headline).toContain('Bury is not covered');
    expect(answer.headline).toContain('Cheshire West and Chester, Stockport and Trafford');
  });
});

describe('comparing councils', () => {
  it('an £80k contract: each council in its own section, with its own source', () => {
    const { answer } = ask('Compare weightings for an £80k contract');
    const byCouncil = Object.fromEntries(answer.sections.map((s) => [s.heading, s]));
    expect(Object.keys(byCouncil).sort()).toEqual(['Cheshire West and Chester', 'Stockport', 'Trafford']);
    expect(byCouncil['Stockport']!.text).toContain('minimum social value weighting is 15%');
    expect(byCouncil['Stockport']!.source).toBe(STOCKPORT_CHARTER);
    expect(byCouncil['Cheshire West and Chester']!.text).toContain('standard social value weighting is 5%');
    expect(byCouncil['Cheshire West and Chester']!.source).toBe(CWAC_GUIDELINES);
    expect(byCouncil['Trafford']!.text).toMatch(/do not set a social value weighting/);
    expect(byCouncil['Trafford']!.text).not.toContain('%');
  });

  it('a follow-up keeps the comparison: a new value, then a figure judged in each council', () => {
    const first = assistant.reply('compare weightings for a 120k contract', {});
    if (first.kind !== 'answer' || !first.remember) throw new Error('expected an answer to remember');
    const second = assistant.reply('what about 70k', { previous: first.remember });
    if (second.kind !== 'answer' || !second.remember) throw new Error('expected an answer to remember');
    expect(second.answer.context).toBe('The same comparison, for £70,000.');
    const cwac = (a: Answer) => a.sections.find((s) => s.heading === 'Cheshire West and Chester')!.text;
    expect(cwac(second.answer)).toContain('standard social value weighting is 5%');
    const third = assistant.reply('is 12% ok?', { previous: second.remember });
    if (third.kind !== 'answer') throw new Error('expected an answer');
    // A standard weighting is no floor: a higher figure is a case-by-case variation of it.
    expect(cwac(third.answer)).toMatch(/^Yes, as a case-by-case variation: 12% is above Cheshire West and Chester's standard weighting of 5%/);
    expect(third.answer.sections.find((s) => s.heading === 'Stockport')!.text).toMatch(/^No: 12% is below Stockport's minimum of 15%/);
  });

  it('a rule compared for a contract: a council with no rule of that kind says what its documents do say on it', () => {
    const first = assistant.reply('compare weightings for a 120k contract', {});
    if (first.kind !== 'answer' || !first.remember) throw new Error('expected an answer to remember');
    const portal = assistant.reply('do i need the portal?', { previous: first.remember });
    if (portal.kind !== 'answer') throw new Error('expected an answer');
    const section = (name: string) => portal.answer.sections.find((s) => s.heading === name)!;
    // The policy sets no Portal rule with a value, but it does say the Portal will be engaged.
    expect(section('Cheshire West and Chester').text).toContain('The Social Value Portal will be engaged');
    expect(section('Cheshire West and Chester').text).not.toMatch(/do not say/);
    expect(section('Cheshire West and Chester').source).toBe(`${CWAC_POLICY}, Delivery and evaluation: Monitoring and evaluation`);
    expect(section('Stockport').text).toMatch(/^Yes: for a £120,000 contract/);
    // A council whose documents have no rule, topic or passage on it still says so.
    const deductions = assistant.reply('and payment deductions?', { previous: first.remember });
    if (deductions.kind !== 'answer') throw new Error('expected an answer');
    expect(deductions.answer.sections.find((s) => s.heading === 'Cheshire West and Chester')!.text).toMatch(/^Yes: for a £120,000 contract/);
    expect(deductions.answer.sections.find((s) => s.heading === 'Trafford')!.text).toBe("Trafford's documents do not say anything about payment deductions.");
  });
});

describe('after a comparison, a follow-up on another subject', () => {
  const first = assistant.reply('compare weightings for a 120k contract', {});
  if (first.kind !== 'answer' || !first.remember) throw new Error('expected an answer to remember');
  const next = (text: string) => {
    const reply = assistant.reply(text, { previous: first.remember });
    if (reply.kind !== 'answer') throw new Error(`expected an answer to "${text}"`);
    return { answer: reply.answer, section: (name: string) => reply.answer.sections.find((s) => s.heading === name)?.text ?? '' };
  };

  it('compares the same councils on it, saying it is the same comparison', () => {
    const carbon = next('do i need a carbon reduction plan?');
    expect(carbon.answer.title).toBe('Carbon reduction plans for a £120,000 contract, by council');
    expect(carbon.answer.context).toBe('The same comparison, for the same £120,000 contract.');
    expect(carbon.section('Stockport')).toContain('carbon reduction plan');
    const wage = next('living wage?');
    expect(wage.answer.context).toBe('The same comparison.');
    expect(wage.section('Stockport')).toContain('Real Living Wage employer');
    expect(wage.section('Trafford')).toBe("Trafford's documents do not say anything about the Real Living Wage.");
    const managed = next('contract management?');
    expect(managed.answer.context).toBe('The same comparison.');
    expect(managed.section('Cheshire West and Chester')).toContain('contractually binding');
    const paid = next('prompt payment?');
    expect(paid.answer.context).toBe('The same comparison.');
    expect(paid.section('Cheshire West and Chester')).toContain('less than the current standard of 30 days');
  });

  it('a question of its own is not read as one', () => {
    expect(next('what does the social value act require').answer.title).toBe('National context (not a council rule)');
  });
});

describe('why a council was taken to be the one meant', () => {
  it('is true of all the documents: Stockport\'s name STAR and the Portal too, so the line says what only Trafford\'s give', () => {
    const { answer } = ask('when did STAR start using the portal');
    expect(answer.context).toBe('For Trafford, the only council whose documents give a date for “STAR” and “Portal”.');
  });

  it('names each term once, as the documents write it, not its hyphen variants', () => {
    const { answer } = ask("what's in the real living wage action-plan");
    expect(answer.context).toBe('For Stockport, the only council whose documents mention “Real Living Wage action plan”.');
    expect(answer.context).not.toMatch(/actionplan|action-plan/);
  });
});

describe('a word that names a topic only where the council\'s topic says it', () => {
  it('"what principles does stockport\'s charter set out": what the Charter says of its principles, not the priority cohorts', () => {
    const { answer } = ask("what principles does stockport's charter set out");
    expect(answer.headline).toContain('based on the principles of Inclusive Growth and Community Wealth Building');
    expect(answer.sources).toEqual(["Stockport's Social Value Charter (2019), Introduction"]);
    expect(answer.headline).not.toContain('Care leavers');
  });

  it('Trafford\'s priorities are its Charter\'s principles, so they still answer there', () => {
    const { answer } = ask('what are the principles in the trafford charter');
    // The list asked for is the answer, so it leads.
    expect(answer.headline).toMatch(/^Trafford's Charter principles: All our residents will have access to quality learning, training and jobs/);
  });
});

describe('a list item quoted from the documents', () => {
  it('comes with the sentence that introduces its list, after the item that answers', () => {
    const { answer } = ask("whats the deadline for stockport's real living wage action plan");
    expect(answer.headline).toContain('“Complete year 2 of the Real Living Wage action plan.”');
    expect(answer.rule).toContain('from the list after “The priorities for Social Value Stockport over the next 12 months are to: …”');
    expect(answer.sources).toEqual([`${STOCKPORT_STATEMENT}, section 9. Actions and next steps for delivery`]);
  });
});

describe('how binding a rule is', () => {
  it('says no, not as a requirement, where the documents only ask about it, expect it or propose it', () => {
    const carbon = ask('do i need a carbon reduction plan for a 120k stockport contract?').answer.headline;
    expect(carbon).toMatch(/^No, not as a requirement: Stockport's documents ask about this for a £120,000 contract but do not require it\./);
    expect(carbon).toContain('A proposed policy would make greenhouse gas reporting and carbon reduction plans mandatory by 2024');
    // An expectation alone is not a requirement.
    const expects = { ...library.packs.get('stockport')!.rules.find((r) => r.id === 'stockport-living-wage')!, force: 'expects' as const };
    expect(forceOf([expects])).toEqual({ verb: 'expect', binding: false });
  });

  it("says what the council commits to: the real living wage for staff delivering its contracted services", () => {
    const wage = ask('do suppliers have to pay the real living wage on a £200k stockport contract').answer.headline;
    expect(wage).toMatch(/^Yes: for a £200,000 contract, Stockport's documents commit to this\./);
    expect(wage).toContain('externally contracted services, receive at least the real living wage');
  });

  it('says yes where a rule in force requires it or lets the council do it', () => {
    expect(ask('do i need the portal for 60k in stockport').answer.headline).toMatch(/^Yes: for a £60,000 contract, Stockport's documents require this/);
    expect(ask('can cwac reduce payments on a £150k contract if social value is not delivered?').answer.headline).toMatch(/^Yes: for a £150,000 contract, Cheshire West and Chester's documents allow this/);
  });
});

describe('"what … apply?" for a contract', () => {
  it('leads with the rule itself, not a yes', () => {
    const { answer } = ask('what carbon reduction requirements apply to a 200k stockport contract?');
    expect(answer.headline).toMatch(/^Tender documentation includes questions evaluating whether suppliers have a carbon reduction plan/);
    // Tender questions ask about a plan and a mandatory one is only proposed: nothing is required yet.
    expect(answer.headline).toContain("Stockport's documents ask about this for a £200,000 contract but do not require it.");
    const below = ask('what portal rules apply to 40k in stockport').answer;
    expect(below.headline).toMatch(/^Stockport's rule on the Social Value Portal does not cover a £40,000 contract/);
  });

  it('a yes or no question still gets yes or no first', () => {
    expect(ask('do i need the portal for 60k in stockport').answer.headline).toMatch(/^Yes: for a £60,000 contract/);
    expect(ask('what about 45k', { previous: { council: 'trafford', value: 70000, subjects: ['portal'] } }).answer.headline).toMatch(/^No: /);
  });
});

describe('TOMs', () => {
  it('"living wage toms?" lists the Real Living Wage measures, not a council\'s living wage topic', () => {
    const { answer } = ask('living wage toms?', { defaultCouncil: 'stockport' });
    expect(answer.title).toBe('National TOMs measures');
    const refs = answer.facts.map((f) => f.title);
    expect(refs).toEqual(expect.arrayContaining(['NT41', 'NT42']));
    expect(answer.facts.find((f) => f.title === 'NT41')?.value).toBe('Percentage of staff paid at least the relevant Real Living wage (Living Wage Foundation)');
    expect(answer.sources).toEqual([`${CWAC_POLICY}, Appendix B: The Social Value Performance Management Framework (National TOMs table)`]);
  });

  it('"carbon toms" puts NT31 and NT44 (the "Carbon emissions are reduced" outcome) first', () => {
    expect(ask('carbon toms').answer.facts.slice(0, 2).map((f) => f.title)).toEqual(['NT31', 'NT44']);
  });

  it('explains a known ref from Appendix B', () => {
    const { answer } = ask('What is NT4a?');
    expect(answer.headline).toBe('NT4a: No. of 16-25 y.o. care leavers (FTE) hired on the contract');
    expect(answer.sources).toEqual([`${CWAC_POLICY}, Appendix B: The Social Value Performance Management Framework (National TOMs table)`]);
  });

  it('says an unknown ref is unknown', () => {
    const { answer } = ask('What is NT999?');
    expect(answer.kind).toBe('notice');
    expect(answer.title).toBe('Unknown TOMs reference');
    expect(answer.headline).toMatch(/^NT999 is not a TOMs measure/);
  });

  it('answers the known ref and flags the unknown one when asked for both', () => {
    const { answer } = ask('what are NT4a and NT200?');
    expect(answer.title).toBe('TOMs NT4a');
    expect(answer.notes.join(' ')).toMatch(/NT200 is not a TOMs measure/);
  });
});

describe('messages that are not policy questions', () => {
  it.each([{}, { userCouncil: 'stockport' as const }])('off-topic gets a pointer and no figures (context %p)', (ctx) => {
    const { answer, text } = ask("what's the weather like", ctx);
    expect(answer.kind).toBe('notice');
    expect(answer.title).toBe('I can help with social value');
    expect(text).not.toMatch(/[£%\d]/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    'can you book me a meeting room for 2pm',
    'who won the football last night',
    "what's the weather like in Stockport tomorrow?",
    'tell me a joke',
  ])('%p gets the pointer, not TOMs measures or a council\'s thresholds', (message) => {
    const { answer, text } = ask(message, { defaultCouncil: 'stockport' });
    expect(answer.title).toBe('I can help with social value');
    expect(text).not.toMatch(/[£%]|\bNT\d|Source:/);
  });

  it('a council named on its own still gets that council\'s overview', () => {
    for (const message of ['Stockport', 'what does cheshire west and chester say', 'tell me about social value in Trafford']) {
      expect(ask(message).answer.title).toMatch(/^Social value in /);
    }
  });

  it('a negative value is questioned, not answered', () => {
    const { answer, text } = ask('What weighting for -£5k in Stockport?');
    expect(answer.kind).toBe('notice');
    expect(answer.headline).toContain("can't be negative");
    expect(text).not.toContain('%');
  });

  it('greetings get help, and the checklist is a feature', () => {
    expect(assistant.reply('hi')).toEqual({ kind: 'help' });
    expect(assistant.reply('new PID checklist')).toEqual({ kind: 'feature', feature: 'checklist' });
  });
});

describe('verdicts', () => {
  it('answers yes or no first, from the council figure, whichever way the officer puts it', () => {
    expect(ask('is 12% enough for a £90k Stockport tender?').answer.headline).toMatch(/^No: 12% is below Stockport's minimum of 15% for a £90,000 contract\./);
    // CWaC's 10% is a standard "varied on a case by case basis", not a floor.
    expect(ask('we planned 8% on a cwac 200k contract, is that ok').answer.headline).toMatch(/^Only as a justified case-by-case variation: 8% is below Cheshire West and Chester's standard weighting of 10%/);
    expect(ask('can i go 25% on sv for a stockport 70k tender').answer.headline).toMatch(/^Yes: 25% meets Stockport's minimum of 15% .*and the overall target of 20%/);
    expect(ask('25% on a 70k smbc tender too much?').answer.headline).toMatch(/^No, not too much: 25% meets Stockport's minimum of 15%.* The documents set no maximum\.$/);
    expect(ask('do I need 15% for a £25k contract in stockport').answer.headline).toMatch(/^No: no weighting is required at this value: /);
    // Below the council's threshold nothing is required, so any figure, 0% too, is acceptable.
    expect(ask('is 0% ok for a £20k stockport job').answer.headline).toMatch(/^Yes: no weighting is required at this value, so 0% is acceptable: Stockport's documents set no social value weighting for a £20,000 contract/);
    expect(ask('is 0% ok for a 45k cwac contract').answer.headline).toMatch(/^Yes: no weighting is required/);
    expect(ask('is 0% ok for a £40k stockport job').answer.headline).toMatch(/^No: 0% is below Stockport's minimum of 15%/);
  });

  it("says where a council's documents do not say who agrees a lower figure, with no other council's sign-off step", () => {
    const { headline } = ask('we planned 8% on a cwac 200k contract, is that ok').answer;
    expect(headline).toContain("Cheshire West and Chester's documents do not say who agrees a lower figure");
    expect(headline).not.toMatch(/PID|senior officer/);
  });

  it('gives what a figure below the council figure needs as its own point, with its source', () => {
    const { answer } = ask('is 12% enough for a £90k Stockport tender?');
    expect(answer.parts?.[0]?.headline).toContain('senior officer sign-off');
    expect(answer.parts?.[0]?.sources[0]).toMatch(/^Stockport Social Value Annual Statement 2022-2023/);
  });
});

describe('national context', () => {
  it('gives the central government 10% as national context, not as a council rule', () => {
    const { answer } = ask('What is the central government minimum weighting?');
    expect(answer.title).toBe('National context (not a council rule)');
    expect(answer.headline).toContain('minimum 10% social value weighting on all central government contracts');
    expect(answer.context).toBeUndefined();
    expect(answer.sources).toEqual([`${CWAC_POLICY}, What do we mean by social value?`]);
  });

  it('asked whether the central government 10% applies to a council: no first, then the council\'s own figure', () => {
    const { answer } = ask('does the 10% central govt minimum apply to us in stockport');
    expect(answer.headline).toMatch(/^No: The UK Government has committed to a minimum 10%/);
    expect(answer.parts?.[0]?.headline).toContain('a minimum of 15% with an overall target of 20%');
  });
});

describe('a follow-up that changes the term', () => {
  it('works out the new total at the same rate, and says how', () => {
    const first = assistant.reply('£30k pa for 3 yrs + 1 in stockport whats the weighting', {});
    if (first.kind !== 'answer' || !first.remember) throw new Error('expected an answer to remember');
    const reply = assistant.reply('and if it was 2 years longer?', { previous: first.remember });
    if (reply.kind !== 'answer') throw new Error('expected an answer');
    expect(reply.answer.context).toContain('£180,000 in total over 6 years (£30,000 a year');
  });
});

describe('a range of values', () => {
  it('answers each part of a range that crosses a threshold, at its own value', () => {
    const { answer } = ask('stockport weighting 25-50k');
    expect(answer.headline).toMatch(/^Stockport's rules differ across £25,000 to £50,000, .*\(£25,000; £50,000\).* Stockport's documents set no social value weighting for a £25,000 contract/);
    expect(answer.parts?.map((p) => p.headline)).toEqual([expect.stringMatching(/^For a £50,000 contract, Stockport's minimum social value weighting is 15%, with an overall target of 20%/)]);
    expect(answer.title).toBe('Social value for contracts of £25,000 to £50,000 in Stockport');
  });

  it('answers once when the same rule covers the whole range', () => {
    const { answer } = ask('weighting for £120k-£200k in cwac');
    expect(answer.headline).toMatch(/^The same applies across £120,000 to £200,000\. For a £120,000 contract, Cheshire West and Chester's standard social value weighting is 10%/);
    expect(answer.parts ?? []).toEqual([]);
  });

  it('reads the rule asked about across the range (the Portal)', () => {
    const { answer } = ask('trafford portal for 40k-60k contracts');
    expect(answer.headline).toMatch(/\(£40,000; £60,000\).* No: Trafford's rule on the Social Value Portal does not cover a £40,000 contract/);
    expect(answer.parts?.[0]?.headline).toMatch(/^Yes: for a £60,000 contract/);
  });
});

describe('what a summary line and a date say', () => {
  it('a comparison on a subject says which councils set something on it and which only speak of it', () => {
    const { answer } = ask('compare carbon reduction plans across all three councils');
    // Cheshire West and Chester's policy sets no carbon reduction plan requirement: "all 3 cover" would be untrue.
    expect(answer.headline).not.toMatch(/All 3 councils' documents cover/);
    expect(answer.headline).toBe("Stockport's documents set requirements on carbon reduction plans; Cheshire West and Chester's and Trafford's speak of it but set no requirement:");
    // where every council's documents do set something, the line still says so
    expect(ask('do all three councils use the national toms?').answer.headline).toMatch(/^All 3 councils' documents cover the National TOMs/);
  });

  it("'when did Trafford approve its charter': the date is the report's, and the report only recommends approval", () => {
    const { answer } = ask('when did Trafford approve its charter');
    expect(answer.headline).toContain('dated 24 October 2022');
    expect(answer.headline).toContain('recommending that the Executive approves the Trafford Social Value Charter');
    expect(answer.headline).toContain("it does not record the Executive's decision");
  });
});
