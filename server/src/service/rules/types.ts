/** The words rule records are written in (no imports, so every rules/ file can use them). */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * The families of rules, for docs/rules.md and the SARIF rule tags: checks of one integration, checks of what a
 * mapping template says, and checks across the resources of a template (roles, permissions, references).
 */
export type Family = 'integration' | 'template' | 'cross-resource';

export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  integration: 'Integration rules',
  template: 'Mapping template (VTL) rules',
  'cross-resource': 'Cross-resource rules',
};
