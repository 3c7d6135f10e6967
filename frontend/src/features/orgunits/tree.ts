import type { OrgUnitNode } from '../../api/types';

/** Lower case without Vietnamese diacritics, so "ba don" finds "Ba Đồn". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

function nodeMatches(node: OrgUnitNode, query: string): boolean {
  const q = normalize(query);
  return normalize(node.name).includes(q) || normalize(node.code).includes(q);
}

export interface FilterResult {
  nodes: OrgUnitNode[];
  /** Codes to expand so that every match is visible. */
  expand: Set<string>;
  matches: number;
}

/**
 * Keeps the units that match and the path down to them. A matching unit keeps its whole
 * subtree (collapsed); a unit kept only for a match below it is expanded.
 */
export function filterTree(nodes: OrgUnitNode[], query: string): FilterResult {
  const expand = new Set<string>();
  let matches = 0;
  const visit = (list: OrgUnitNode[]): OrgUnitNode[] =>
    list.flatMap((node) => {
      const children = visit(node.children ?? []);
      if (nodeMatches(node, query)) {
        matches += 1;
        if (children.length > 0) expand.add(node.code);
        return [{ ...node, children: node.children ?? [] }];
      }
      if (children.length > 0) {
        expand.add(node.code);
        return [{ ...node, children }];
      }
      return [];
    });
  return { nodes: visit(nodes), expand, matches };
}

/** Codes of the units at depth < levels that have children: the default expansion. */
export function topLevels(nodes: OrgUnitNode[], levels: number): Set<string> {
  const result = new Set<string>();
  const visit = (list: OrgUnitNode[], depth: number) => {
    if (depth >= levels) return;
    for (const node of list) {
      if (node.children?.length) {
        result.add(node.code);
        visit(node.children, depth + 1);
      }
    }
  };
  visit(nodes, 0);
  return result;
}

export function allCodesWithChildren(nodes: OrgUnitNode[]): Set<string> {
  return topLevels(nodes, Number.POSITIVE_INFINITY);
}

export interface FlatUnit {
  code: string;
  name: string;
  kind: OrgUnitNode['kind'];
  depth: number;
}

export function flatten(nodes: OrgUnitNode[], depth = 0): FlatUnit[] {
  return nodes.flatMap((n) => [{ code: n.code, name: n.name, kind: n.kind, depth }, ...flatten(n.children ?? [], depth + 1)]);
}

/** The unit with this code anywhere in the tree. */
export function findNode(nodes: OrgUnitNode[], code: string): OrgUnitNode | null {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = findNode(node.children ?? [], code);
    if (found) return found;
  }
  return null;
}

/** The codes of a unit and of every unit under it: none of them may become its parent (a unit cannot sit under itself). */
export function codesWithin(node: OrgUnitNode): Set<string> {
  const codes = new Set<string>();
  const visit = (n: OrgUnitNode) => {
    codes.add(n.code);
    (n.children ?? []).forEach(visit);
  };
  visit(node);
  return codes;
}

export interface FlatNode extends FlatUnit {
  node: OrgUnitNode;
}

/** Every unit, depth first, with its node: for the choices of a parent, a successor or an owner body. */
export function flattenNodes(nodes: OrgUnitNode[], depth = 0): FlatNode[] {
  return nodes.flatMap((n) => [{ code: n.code, name: n.name, kind: n.kind, depth, node: n }, ...flattenNodes(n.children ?? [], depth + 1)]);
}

/** The present-day bodies (cơ quan tổ chức đối thoại): who may keep units and templates. */
export function presentBodies(nodes: OrgUnitNode[]): FlatNode[] {
  return flattenNodes(nodes).filter((n) => n.node.body && !n.node.retiredOn);
}
