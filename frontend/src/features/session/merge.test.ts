import { describe, expect, it } from 'vitest';
import { answerersOf } from './merge';

describe('answerers offered at the session', () => {
  it('puts those who already answered first, latest first, each once', () => {
    const offered = answerersOf([
      { answeredBy: 'Giám đốc Trung tâm Phát triển quỹ đất' },
      { answeredBy: 'Chủ tịch UBND thị xã' },
      { answeredBy: ' Giám đốc Trung tâm Phát triển quỹ đất ' },
      { answeredBy: '  ' },
    ]);
    expect(offered.slice(0, 2)).toEqual(['Giám đốc Trung tâm Phát triển quỹ đất', 'Chủ tịch UBND thị xã']);
    expect(offered.filter((a) => a === 'Chủ tịch UBND thị xã')).toHaveLength(1);
    expect(offered).not.toContain('');
  });

  it('offers the usual answerers before anyone has answered', () => {
    expect(answerersOf([])).toContain('Trưởng phòng Tài nguyên và Môi trường');
  });
});
