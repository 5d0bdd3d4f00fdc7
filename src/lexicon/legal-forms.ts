/**
 * Company legal forms from cleanco's data ("GmbH", "Ltda", "Bhd", "PT", "S.A."): a name that ends
 * with one, or opens with one, is a company. Short forms collide with words ("As", "Et", "Ad"), so
 * a form of three letters or fewer counts only in capitals or with its dots.
 */
import cleanco from "cleanco/data.js";

export function loadLegalForms(): Set<string> {
  const forms = new Set<string>();
  for (const list of [...Object.values(cleanco.terms_by_type), ...Object.values(cleanco.terms_by_country)]) {
    for (const form of list) if (!/\s/.test(form.trim())) forms.add(form.trim().toLowerCase());
  }
  return forms;
}

/** Whether a word, as written, is a legal form of the set. */
export function isLegalForm(word: string, forms: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (!forms.has(lower) && !forms.has(`${lower}.`)) return false;
  const letters = lower.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 || word.includes(".") || word === word.toUpperCase() && /\p{L}/u.test(word);
}
