/**
 * understand(): an officer's message as a structured question. The council names are the packs'
 * aliases; everything else is language.
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../policy/loader.js';
import { isFollowUp } from './context.js';
import { createReader, findTomsRefs, readQuestion, type Subject } from './question.js';
import { loadVocabulary } from './vocabulary.js';

const vocabulary = loadVocabulary(DEFAULT_DATA_DIR);
const reader = createReader([...loadPolicyLibrary().packs.values()].map((p) => p.council), vocabulary, ['TRF', 'SMBC', 'CWAC']);
const ask = (text: string) => readQuestion(text, reader);

describe('councils', () => {
  it.each([
    ['What weighting does Stockport use?', 'stockport'],
    ['SMBC weighting for £60k', 'stockport'],
    ['stockport council thresholds', 'stockport'],
    ['Does the portal apply in Trafford?', 'trafford'],
    ['Cheshire West weighting', 'cheshire-west-and-chester'],
    ['CWaC thresholds', 'cheshire-west-and-chester'],
    ['CW&C weighting for £80k', 'cheshire-west-and-chester'],
    ['what does cheshire west and chester say about minimum standards', 'cheshire-west-and-chester'],
    ['Cheshire West & Chester priorities', 'cheshire-west-and-chester'],
    ['weighting for 70k in chester west', 'cheshire-west-and-chester'],
  ])('%p is about %s', (text, council) => {
    expect(ask(text).councils).toEqual([council]);
  });

  it('does not find a council inside another word', () => {
    expect(ask('a smbcx contract').councils).toEqual([]);
    expect(ask('what weighting for £75k?').councils).toEqual([]);
  });

  it('reads "cheshire west and chester" as one council, not two mentions', () => {
    expect(ask('weighting in cheshire west and chester').councils).toEqual(['cheshire-west-and-chester']);
  });

  it('with several councils named, lists them in the order given and asks for a comparison', () => {
    const q = ask('Stockport vs CWaC for an £80k contract');
    expect(q.councils).toEqual(['stockport', 'cheshire-west-and-chester']);
    expect(q.subjects[0]).toBe('compare');
    expect(ask('weighting in Trafford and Stockport').councils).toEqual(['trafford', 'stockport']);
    expect(ask('weighting in Trafford and Stockport').subjects).toContain('compare');
  });

  it('asks for a comparison when the officer says "compare" without naming councils', () => {
    expect(ask('compare weightings for an £80k contract').subjects[0]).toBe('compare');
  });
});

describe('contract category', () => {
  it.each([
    ['a £40k goods contract', 'goods'],
    ['buying equipment worth £60k', 'goods'],
    ['a services contract', 'services'],
    ['a home care contract', 'services'],
    ['a works contract', 'works'],
    ['a construction project for £2m', 'works'],
    ['highways maintenance', 'works'],
  ])('%p is %s', (text, category) => {
    expect(ask(text).category).toBe(category);
  });

  it('is left unset when the officer does not say', () => {
    expect(ask('weighting for £75k in Stockport').category).toBeUndefined();
  });

  it('is not "works" when the officer asks how something works', () => {
    expect(ask('how does the portal work in Trafford?').category).toBeUndefined();
  });
});

describe('competitive or not', () => {
  it.each([
    ['a competitive tender for £75k', true],
    ['we are going out to tender', true],
    ['a mini-competition on a framework', true],
    ['three quotes for £30k', true],
    ['a non-competitive procurement', false],
    ['a non competitive award', false],
    ['a direct award of £75k', false],
    ['single source supplier', false],
    ['a waiver for £40k', false],
  ])('%p -> %p', (text, competitive) => {
    expect(ask(text).competitive).toBe(competitive);
  });

  it('is left unset when the officer does not say', () => {
    expect(ask('weighting for a £75k services contract in Stockport').competitive).toBeUndefined();
  });
});

describe('TOMs references', () => {
  it.each([
    ['What is NT4a?', ['NT4a']],
    ['nt18 please', ['NT18']],
    ['what is NT 4a', ['NT4a']],
    ['NT-18', ['NT18']],
    ['C19-5', ['C19-5']],
    ['c19 5', ['C19-5']],
    ['tell me about NT4a and c19-5', ['NT4a', 'C19-5']],
    ['NT18 and nt18 again', ['NT18']],
  ])('%p -> %p', (text, refs) => {
    expect(findTomsRefs(text)).toEqual(refs);
    expect(ask(text).tomsRefs).toEqual(refs);
    expect(ask(text).wantsToms).toBe(true);
  });

  it('finds no ref in ordinary words', () => {
    expect(ask('what is the weighting for £75k in Stockport').tomsRefs).toEqual([]);
    expect(ask('the NTS committee').tomsRefs).toEqual([]);
  });
});

describe('intents', () => {
  it.each(['hi', 'Hello!', 'help', 'what can you do?', 'good morning'])('%p asks for help', (text) => {
    expect(ask(text).intent).toEqual({ kind: 'help' });
  });

  it.each([
    ['my council is Trafford', 'trafford'],
    ['I work for CWaC', 'cheshire-west-and-chester'],
    ["I'm at Stockport", 'stockport'],
    ['set my council to Cheshire West and Chester', 'cheshire-west-and-chester'],
  ])('%p sets the council to %s', (text, council) => {
    expect(ask(text).intent).toEqual({ kind: 'set-council', council });
  });

  it('names a council it does not know, as the officer typed it', () => {
    expect(ask('my council is Bury').intent).toEqual({ kind: 'unknown-council', name: 'Bury' });
  });

  it('treats a question that mentions "my council" as a question, not a setting', () => {
    expect(ask('my council is Stockport, what weighting for £75k?').intent).toEqual({ kind: 'question' });
  });

  it.each(['which council am i', 'Which council am I?', 'what is my council'])('%p asks which council is set', (text) => {
    expect(ask(text).intent).toEqual({ kind: 'which-council' });
  });

  it.each(['new PID checklist', 'start a PID', 'checklist'])('%p opens the PID checklist', (text) => {
    expect(ask(text).intent).toEqual({ kind: 'feature', feature: 'checklist' });
  });

  it('treats questions as questions', () => {
    expect(ask('What weighting do I need for a £75k services contract in Stockport?').intent).toEqual({ kind: 'question' });
    expect(ask("what's the weather like").intent).toEqual({ kind: 'question' });
  });
});

describe('subjects', () => {
  it.each<[string, Subject]>([
    ['What weighting do I need for a £75k contract?', 'weighting'],
    ['what percentage for social value', 'weighting'],
    ['What are the thresholds in Stockport?', 'threshold'],
    ['at what value does social value apply?', 'threshold'],
    ['Does the Social Value Portal apply to £40k in Trafford?', 'portal'],
    ['Who signs off the PID?', 'pid-sign-off'],
    ['Can I get an exemption from social value?', 'pid-sign-off'],
    ['can we leave social value out of this one', 'pid-sign-off'],
    ['What are the priority cohorts in Stockport?', 'priorities'],
    ['What minimum standards do bidders have to meet?', 'minimum-standards'],
    ['modern slavery requirements', 'minimum-standards'],
    ['Do suppliers need a carbon reduction plan?', 'carbon'],
    ['Can we deduct payments if social value is not delivered?', 'payment-deductions'],
    ['what happens if the supplier fails to deliver their social value', 'payment-deductions'],
    ['How quickly do we pay suppliers?', 'paying-suppliers'],
    ['prompt payment to local suppliers', 'paying-suppliers'],
    ['What is the maturity index?', 'maturity-index'],
    ['Who chairs the steering group?', 'steering-group'],
    ['What social value has Trafford achieved?', 'outcomes'],
    ['outcomes achieved so far', 'outcomes'],
    ["What's in the action plan?", 'action-plan'],
    ['next steps for social value', 'action-plan'],
    ['is there a real living wage requirement', 'living-wage'],
    ['what is the central government minimum weighting?', 'national'],
    ['does the govt 10% minimum apply to councils?', 'national'],
    ['min standards for bidders stockport', 'minimum-standards'],
    ['can i skip social value on a stockport procurement', 'pid-sign-off'],
    ['what themes does stockport prioritise for sv', 'priorities'],
    ['what are the five shared core outcomes', 'priorities'],
    ['stockport social value outcomes 2022/23', 'outcomes'],
    ['how many contracts did stockport add to the portal last year', 'outcomes'],
    ['is there a minimum contract value for social value in stockport', 'threshold'],
  ])('%p is first about %s', (text, subject) => {
    expect(ask(text).subjects[0]).toBe(subject);
  });

  it('does not read the TOMs framework\'s name as a question about outcomes achieved', () => {
    expect(ask('what are the themes, outcomes and measures?').subjects).not.toContain('outcomes');
  });

  it('names no subject for a message with nothing about social value in it', () => {
    expect(ask("what's the weather like").subjects).toEqual([]);
  });

  it('reads the contract value, category and competition from the same message', () => {
    const q = ask('What weighting for a £75k services contract in Stockport, it is a direct award?');
    expect(q).toMatchObject({
      councils: ['stockport'],
      money: { kind: 'amount', value: 75_000 },
      category: 'services',
      competitive: false,
    });
    expect(q.subjects[0]).toBe('weighting');
  });

  it.each(['What weighting for contracts over £100k?', 'contracts above £50,000', 'anything in excess of £25k', 'contracts under £25k', 'up to £100,000'])(
    '%p asks about a bound, so it reads no contract value and asks about thresholds',
    (text) => {
      const q = ask(text);
      expect(q.money).toBeUndefined();
      expect(q.subjects).toContain('threshold');
    },
  );

  it.each([
    ['sub 50k trafford job', 'under'],
    ['anything sub £50k', 'under'],
    ['contracts lower than £25k', 'under'],
    ['contracts bigger than £100k', 'over'],
  ] as const)('%p is a bound on the %s side', (text, side) => {
    const q = ask(text);
    expect(q.money).toBeUndefined();
    expect(q.bound).toMatchObject({ side });
  });

  it('still reads a contract value that is not a bound', () => {
    expect(ask('a £150k contract over three years').money).toMatchObject({ kind: 'amount', value: 150_000 });
    expect(ask('is a £120k contract over the threshold?').money).toMatchObject({ kind: 'amount', value: 120_000 });
    expect(ask('contracts over -£5k').money).toMatchObject({ kind: 'invalid', problem: 'negative' });
  });

  it('reads a long message with no question mark for its sentence that names a subject, and each thing it asks', () => {
    const q = ask(
      "Morning, I'm putting together the PID for the new cleaning contract, it's around £90k over the term and it goes out to tender next month. My manager asked me to check what weighting we need for Stockport and whether we need to use the portal. Thanks!",
    );
    expect(q.parts).toEqual(['weighting', 'portal']);
  });

  it('reads numbered questions as things asked in turn', () => {
    expect(ask('hi there - 2 qs for trafford: 1) whats the weighting for a 150k contract 2) what did communities say their priorities were in the consultation?').parts).toEqual(['weighting', 'priorities']);
    expect(ask('trafford qs: 1) weighting for 150k? 2) what priorities did communities come up with').parts).toEqual(['weighting', 'priorities']);
    expect(ask('two things: 1. the weighting for 80k in stockport 2. do we need the portal').parts).toEqual(['weighting', 'portal']);
    expect(ask('stockport weighting n portal for 90k').parts).toEqual(['weighting', 'portal']);
    expect(ask('weighting & portal for stockport 90k').parts).toEqual(['weighting', 'portal']);
    expect(ask('stockport health & safety requirements for suppliers').parts).toEqual([]);
  });

  it('asks whether a rule binds the one asking', () => {
    expect(ask('does the 10% central govt minimum apply to us in stockport').asksIfApplies).toBe(true);
    expect(ask('does trafford have a 10% weighting like central government?').asksIfApplies).toBeUndefined();
  });

  it('asks for TOMs measures by subject', () => {
    expect(ask('TOMs for veterans').wantsToms).toBe(true);
    expect(ask('what weighting for £75k').wantsToms).toBe(false);
  });
});

describe('short forms and ways of asking', () => {
  it('reads a short form as the words the documents use', () => {
    expect(ask('what is the GM good employment charter').text).toBe('what is the Greater Manchester good employment charter');
    // Only the whole word: "gmail" is not a short form.
    expect(ask('my gmail address').text).toBe('my gmail address');
  });

  it('reads a weighting written in words as the figure, and "SV" as social value', () => {
    expect(ask('ten percent on a £1.5 million cwac contract, is that ok').proposedWeighting).toBe(10);
    expect(ask('is twenty-five per cent too much for 80k in stockport').proposedWeighting).toBe(25);
    expect(ask("we're at PID stage for a £70k stockport contract, can I leave SV out?").asksToSkip).toBe(true);
  });

  it('reads how a yes or no question is put: after a rude opening, negated, asking what', () => {
    expect(ask('useless. does trafford have a weighting or not').asksYesNo).toBe(true);
    expect(ask("is it true stockport doesn't require the portal for a 50k contract").negated).toBe(true);
    // "if they don't deliver" is not the question saying the rule does not apply.
    expect(ask('can we hold back payments if they don\'t deliver').negated).toBeUndefined();
    expect(ask('what carbon requirements apply to 200k in stockport').asksWhat).toBe(true);
    expect(ask('what about 45k').asksWhat).toBeUndefined();
  });

  it('reads "who is on it?" as asking for its members', () => {
    expect(ask('who sits on it?').text).toBe('who are the members on it?');
    expect(ask('who else is on it?').text).toBe('who else are the members on it?');
    expect(ask('who else is on it?').followUp).toBe(true);
  });
});

describe('a short question asked of the last answer', () => {
  it.each([
    ['where does it say that?', 'source'],
    ['source?', 'source'],
    ["where's that from?", 'source'],
    ['says who?', 'source'],
    ["what's that based on?", 'source'],
    ['why?', 'reason'],
    ['ok why is that?', 'reason'],
    ['how come?', 'reason'],
    ["what's the reason for that?", 'reason'],
    // Each sentence asks the reason, so the message does.
    ['why is the minimum 15 anyway? is there a reason given', 'reason'],
    ['why is the min 15? does it say why anywhere', 'reason'],
  ])('%p asks for its %s, and leans on it', (text, kind) => {
    const q = ask(text);
    expect(q.refersBack).toBe(kind);
    expect(isFollowUp(q, vocabulary)).toBe(true);
  });

  it.each(['how much can we take off?', 'by how much?', 'how much?'])('%p asks a figure of it, and leans on it', (text) => {
    const q = ask(text);
    expect(q.asksFor).toBe('that amount');
    expect(isFollowUp(q, vocabulary)).toBe(true);
  });

  it.each(['why is the stockport weighting 15%?', 'where does the charter say 15%?', 'which councils set a weighting?'])('%p asks a question of its own', (text) => {
    expect(ask(text).refersBack).toBeUndefined();
  });
  // Of its own, but asking why a council's figure is what it is: answered as "why 15%?" after its weighting.
  it.each(['why does stockport use 15%?', 'how come cwac went for 5%', "what's the reason behind stockport's 15% minimum?", 'why has cheshire west gone for a 10% weighting?'])('%p asks the reason for a council\'s figure', (text) => {
    const q = ask(text);
    expect({ refersBack: q.refersBack, asksWhyFigure: q.asksWhyFigure }).toEqual({ refersBack: undefined, asksWhyFigure: true });
  });

  it.each(['why is 12% not enough?', 'does stockport use 15%?', 'why does stockport use the portal?'])('%p does not', (text) => {
    expect(ask(text).asksWhyFigure).toBeUndefined();
  });
});

describe('what a thing is, asked by its name', () => {
  it.each(['what is the trafford maturity index?', 'whats the round table', "what's spacehive?"])('%p asks what it is', (text) => {
    expect(ask(text).asksWhatIs).toBe(true);
  });

  it.each(['what is the weighting for £75k?', 'what is the maturity index and where are we?', 'what is stockport doing on net zero?'])('%p asks more than that', (text) => {
    expect(ask(text).asksWhatIs).toBeUndefined();
  });
});

describe('the question of a long message', () => {
  it('reads a question typed after the last "?" as asked too', () => {
    const q = ask("sorry if this is a daft question, im fairly new to commissioning and my manager's on leave til monday. I'm doing a day opportunities contract in cheshire west and chester, about £28k a year for 3 years. do I need to put social value in the evaluation and if so how much? also do I have to use the portal thing everyone talks about");
    expect(q.subjects).toEqual(expect.arrayContaining(['weighting', 'portal']));
  });
});
