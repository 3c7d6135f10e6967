import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem, removeItem } from '../reorder';

/**
 * An ordered list the keyboard can rearrange: each row has "move up", "move down" and "remove"
 * buttons (no drag and drop); a polite live region says where the item went, and focus stays on
 * the button that was pressed, on the item's new row.
 */
export function ListEditor<T extends { key: string }>({
  legend,
  items,
  onChange,
  itemLabel,
  renderItem,
  addLabel,
  onAdd,
  error,
}: {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  /** The item's name in button labels, e.g. "Nội dung trọng tâm 2". */
  itemLabel: (index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  addLabel: string;
  onAdd: () => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<{ key: string; which: 'up' | 'down' } | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const row = rowRefs.current.get(target.key);
    const button =
      row?.querySelector<HTMLButtonElement>(`[data-move="${target.which}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    button?.focus();
  });

  const move = (index: number, delta: number) => {
    const next = moveItem(items, index, delta);
    focusAfter.current = { key: items[index].key, which: delta < 0 ? 'up' : 'down' };
    onChange(next);
    setAnnouncement(t('plans.editor.moved', { item: itemLabel(index), n: index + delta + 1 }));
  };

  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {error ? <p className="field__error">{error}</p> : null}
      <ol className="list-editor__items">
        {items.map((item, index) => (
          <li
            key={item.key}
            className="list-editor__item"
            ref={(el) => {
              if (el) rowRefs.current.set(item.key, el);
              else rowRefs.current.delete(item.key);
            }}
          >
            <div className="list-editor__fields">{renderItem(item, index)}</div>
            <div className="list-editor__tools">
              <button
                type="button"
                className="btn btn--ghost btn--icon"
                data-move="up"
                disabled={index === 0}
                aria-label={t('plans.editor.moveUp', { item: itemLabel(index) })}
                onClick={() => move(index, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--icon"
                data-move="down"
                disabled={index === items.length - 1}
                aria-label={t('plans.editor.moveDown', { item: itemLabel(index) })}
                onClick={() => move(index, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--icon"
                aria-label={t('plans.editor.remove', { item: itemLabel(index) })}
                onClick={() => onChange(removeItem(items, index))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <button type="button" className="btn btn--secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
