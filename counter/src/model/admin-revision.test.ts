import { describe, expect, it } from 'vitest';
import { revisionFor } from './admin-revision.ts';

describe('revisionFor', () => {
  it('sends the revision a form was opened on when nothing changed since', () => {
    expect(revisionFor(3, 3, new Set())).toBe(3);
  });

  it("steps over the page's own changes made since", () => {
    expect(revisionFor(3, 5, new Set([4, 5]))).toBe(5);
  });

  it("keeps the old revision when another admin's change lies between, so the server refuses it", () => {
    expect(revisionFor(3, 5, new Set([5]))).toBe(3);
    expect(revisionFor(3, 4, new Set())).toBe(3);
  });
});
