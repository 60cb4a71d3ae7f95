/**
 * A lead's title as typed and as the plans write it, compared in one form: "strategy and innovation
 * mgr", "HR manager", "Procurement & Contracts" read as the plans' "Strategy and Innovation Manager",
 * "Human Resources Manager", "Procurement and Contracts".
 */
export const normaliseLead = (s: string): string =>
  s.toLowerCase().replace(/\bmgr\b/g, 'manager').replace(/\bhr\b/g, 'human resources').replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ').trim();
