// View state ⇄ URL fragment: a round trip, defaults left out, junk ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STATE, type ViewState } from '../types.ts';
import { fromFragment, toFragment } from './index.ts';

test('a state survives the round trip', () => {
  const s: ViewState = { ...DEFAULT_STATE, hiddenKinds: ['Article'], hiddenTypes: ['WROTE', 'AT'], from: '2023-01', to: '2023-03', undated: false, focus: 'person:金政', ego: 2, size: 'betweenness', color: 'community', query: 'career', params: { name: '金政' }, isolate: true };
  assert.deepEqual(fromFragment(`#${toFragment(s)}`), s);
});

test('defaults write nothing; junk falls back to defaults', () => {
  assert.equal(toFragment(DEFAULT_STATE), '');
  assert.deepEqual(fromFragment('#hideKinds=Person,Bogus&from=2023-13x&ego=7&size=huge&query=<script>'), { ...DEFAULT_STATE, hiddenKinds: ['Person'] });
});
