import type { OrgUnitKind } from '../../api/types';

/** Every kind, in the order offered in forms; `satisfies` fails the build if the contract adds one. */
const ALL = {
  PROVINCE: -1,
  TOWN: 0,
  PARTY_COMMITTEE: 1,
  PARTY_BOARD: 2,
  PARTY_OFFICE: 3,
  PEOPLES_COMMITTEE: 4,
  DEPARTMENT: 5,
  FATHERLAND_FRONT: 6,
  MASS_ORGANISATION: 7,
  POLICE: 8,
  WARD: 9,
  COMMUNE: 10,
  VILLAGE: 11,
  RESIDENTIAL_GROUP: 12,
} satisfies Record<OrgUnitKind, number>;

export const ORG_UNIT_KINDS = Object.keys(ALL) as OrgUnitKind[];
