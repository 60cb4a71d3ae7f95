/** The id forms a person is given by: read exactly, or not at all. */
import { describe, expect, it } from '@jest/globals';
import { looksLikeId, readPersonId } from './personId.js';

describe('readPersonId', () => {
  it.each([
    ['sam.smith@trafford.gov.uk', { kind: 'upn', id: 'sam.smith@trafford.gov.uk' }],
    ['Sam.Smith@Trafford.GOV.uk', { kind: 'upn', id: 'sam.smith@trafford.gov.uk' }],
    ["o'neill+sv@council.gov.uk", { kind: 'upn', id: "o'neill+sv@council.gov.uk" }],
    ['8F0C2D1E-4B5A-4C3D-9E8F-0A1B2C3D4E5F', { kind: 'aad', id: '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f' }],
    ['8:orgid:8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f', { kind: 'aad', id: '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f' }],
    ['29:1A2b3C4d5E6f-GhIjKlMnOp_QrStUv', { kind: 'teams', id: '29:1A2b3C4d5E6f-GhIjKlMnOp_QrStUv' }],
  ])('%s', (text, expected) => expect(readPersonId(text)).toEqual(expected));

  it.each([
    '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f1', // one digit too many
    '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5', // one too few
    '8:orgid:not-a-guid',
    '28:bot-id-123456',
    '29:',
    'sam@',
    'sam@trafford',
    '.sam@trafford.gov.uk',
    'sam..smith@trafford.gov.uk',
    'Head of Procurement',
    '',
  ])('%p is not an id', (text) => expect(readPersonId(text)).toBeUndefined());

  it('tells an attempted id from a name', () => {
    for (const t of ['8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f1', '29:x', 'sam@', '12345678-1234']) expect([t, looksLikeId(t)]).toEqual([t, true]);
    for (const t of ['Head of Procurement', 'Procurement Manager', 'HR']) expect([t, looksLikeId(t)]).toEqual([t, false]);
  });
});
