import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgUnitNode } from '../../../api/types';

interface TreeProps {
  nodes: OrgUnitNode[];
  expanded: Set<string>;
  onToggle: (code: string) => void;
  labelledBy?: string;
}

/**
 * The unit tree as nested lists. A unit with children is a disclosure button
 * (aria-expanded + aria-controls) that shows or hides its sub-list; the list
 * structure tells screen readers the nesting level.
 */
export function OrgUnitTree({ nodes, expanded, onToggle, labelledBy }: TreeProps) {
  const prefix = useId();
  return (
    <ul className="tree" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <TreeItem key={node.code} node={node} expanded={expanded} onToggle={onToggle} prefix={prefix} />
      ))}
    </ul>
  );
}

function TreeItem({
  node,
  expanded,
  onToggle,
  prefix,
}: {
  node: OrgUnitNode;
  expanded: Set<string>;
  onToggle: (code: string) => void;
  prefix: string;
}) {
  const { t } = useTranslation();
  const children = node.children ?? [];
  const hasChildren = children.length > 0;
  const isOpen = hasChildren && expanded.has(node.code);
  const groupId = `${prefix}-${node.code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li className="tree__item">
      <div className="tree__row">
        {hasChildren ? (
          <button
            type="button"
            className="tree__toggle"
            aria-expanded={isOpen}
            aria-controls={groupId}
            onClick={() => onToggle(node.code)}
          >
            <span className="tree__chevron" aria-hidden="true" />
            <span className="tree__name">{node.name}</span>
          </button>
        ) : (
          <span className="tree__leaf">
            <span className="tree__name">{node.name}</span>
          </span>
        )}
        <span className="tree__meta">
          <span className="tag">{t(`kind.${node.kind}`, { defaultValue: node.kind })}</span>
          {node.retiredOn ? <span className="tag tag--muted">{t('orgUnits.retiredTag')}</span> : null}
          <span className="tree__code">
            <span className="visually-hidden">{t('orgUnits.code')}: </span>
            {node.code}
          </span>
          {node.allowedActions.length > 0 ? (
            <Link
              to={`/org-units/${encodeURIComponent(node.code)}`}
              className="tree__manage"
              aria-label={t('orgUnits.manageUnit', { name: node.name })}
            >
              {t('orgUnits.manage')}
            </Link>
          ) : null}
        </span>
      </div>
      {hasChildren ? (
        <ul className="tree tree--nested" id={groupId} hidden={!isOpen}>
          {isOpen
            ? children.map((child) => (
                <TreeItem key={child.code} node={child} expanded={expanded} onToggle={onToggle} prefix={prefix} />
              ))
            : null}
        </ul>
      ) : null}
    </li>
  );
}
