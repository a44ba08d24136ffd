import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_OPTIONS } from './display-defaults.ts';
import { DisplayOptions } from './display.ts';

describe('DisplayOptions', () => {
  it('has the defaults that the display page starts with', () => {
    expect(DisplayOptions.parse({})).toEqual(DEFAULT_DISPLAY_OPTIONS);
  });
});
