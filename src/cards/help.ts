/**
 * What the help card says: the three jobs, with examples that name councils and action references
 * from the data (the packs and plans), never from code, and the officer's own council line.
 */
import type { CouncilId } from '../policy/schema.js';
import type { HelpView } from './render.js';

export interface HelpFor {
  councils: readonly { id: CouncilId; name: string }[];
  /** the officer's own council, when set */
  council?: CouncilId;
  defaultCouncil?: CouncilId;
  /** an action plan's reference prefix, for the examples */
  actionPrefix?: string;
}

export function helpView(o: HelpFor): HelpView {
  const name = (id: CouncilId) => o.councils.find((c) => c.id === id)?.name ?? id;
  const councilLine = o.council
    ? `Your council: ${name(o.council)}. Say "my council is …" to change it.`
    : o.defaultCouncil
      ? `I answer for ${name(o.defaultCouncil)} unless you name a council or say "my council is …".`
      : `Tell me your council ("my council is ${o.councils[0]?.name ?? '…'}") or name it in your question.`;
  // Examples name councils and action references from the data, not from code.
  const [a, b] = [o.councils[0]?.name ?? '', o.councils[1]?.name ?? o.councils[0]?.name ?? ''];
  const ref = `${o.actionPrefix ?? 'REF'}-3`;
  return {
    councils: o.councils.map((c) => c.name),
    councilLine,
    jobs: [
      {
        title: '1. Weighting and threshold questions',
        description: 'The weighting and thresholds a contract needs, with the rule and the document and section it comes from.',
        examples: [
          `What weighting do I need for a £75k services contract in ${a}?`,
          'Compare weightings for an £80k contract',
          `Do I need the Social Value Portal for £40k in ${b}?`,
          'What is NT4a?',
        ],
      },
      {
        title: '2. PID social value checklist',
        description:
          'A step-by-step checklist for the social value section of a Procurement Initiation Document: what applies, your approach and commitments, then sign-off or a senior officer exemption.',
        examples: ['new PID checklist', 'my checklists', 'my approvals'],
      },
      {
        title: '3. Steering group action plan',
        description: "The social value steering group's actions by theme, with lead, due date, status and history; the digest for each meeting; reminders to leads.",
        examples: ['action plan', `update ${ref} at risk: waiting for HR sign-off`, 'digest', 'plan help'],
      },
    ],
    buttons: [
      { title: 'Weighting for £75k', ask: 'What weighting for a £75k contract?' },
      { title: 'Start a PID checklist', ask: 'new PID checklist' },
      { title: 'Action plan', ask: 'action plan' },
    ],
  };
}
