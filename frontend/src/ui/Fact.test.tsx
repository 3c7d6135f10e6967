import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fact } from './Fact';

const html = (value: ReactNode) => render(<dl><Fact label="Tiến độ">{value}</Fact></dl>).container.innerHTML;

describe('Fact', () => {
  it('shows a term and its description', () => {
    expect(html('Đã nạo vét 200 m')).toBe('<dl><dt>Tiến độ</dt><dd>Đã nạo vét 200 m</dd></dl>');
  });

  it('shows 0, which is something to say', () => {
    expect(html(0)).toBe('<dl><dt>Tiến độ</dt><dd>0</dd></dl>');
  });

  it.each([null, undefined, false, ''])('says nothing for %j', (value) => {
    expect(html(value)).toBe('<dl></dl>');
  });
});
