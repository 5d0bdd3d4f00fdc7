/**
 * The search box: an ARIA combobox with suggestions from `SearchIndex`. Arrow keys move through
 * the suggestions, Enter chooses, Escape closes; "/" anywhere on the page focuses the box.
 */
import { SearchIndex, type SearchSuggestion } from "../query/search.js";
import { el } from "./dom.js";

export class SearchBox {
  private suggestions: SearchSuggestion[] = [];
  private active = -1;
  private index?: SearchIndex;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly choose: (node: string) => void,
  ) {
    input.addEventListener("input", () => this.update());
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    document.addEventListener("keydown", (event) => {
      const target = event.target as HTMLElement;
      if (event.key === "/" && !/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  setIndex(index: SearchIndex): void {
    this.index = index;
    this.input.value = "";
    this.close();
  }

  private update(): void {
    this.suggestions = this.index?.suggest(this.input.value) ?? [];
    this.active = this.suggestions.length ? 0 : -1;
    this.list.replaceChildren(
      ...this.suggestions.map((s, i) => {
        const option = el("li", { id: `suggestion-${i}`, attrs: { role: "option", "aria-selected": String(i === this.active) } }, [
          s.label,
          el("span", { className: "meta" }, [s.matched ? ` (${s.matched}) · ${s.kind}` : ` · ${s.kind}`]),
        ]);
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          this.pick(i);
        });
        return option;
      }),
    );
    if (!this.suggestions.length && this.input.value.trim()) this.list.append(el("li", { className: "none", attrs: { role: "option", "aria-disabled": "true" } }, ["No match"]));
    this.setExpanded(this.list.children.length > 0);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!this.suggestions.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
      [...this.list.children].forEach((child, i) => child.setAttribute("aria-selected", String(i === this.active)));
      this.input.setAttribute("aria-activedescendant", `suggestion-${this.active}`);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private pick(i: number): void {
    const suggestion = this.suggestions[i];
    if (!suggestion) return;
    this.input.value = suggestion.label;
    this.close();
    this.choose(suggestion.node);
  }

  private close(): void {
    this.list.replaceChildren();
    this.setExpanded(false);
  }

  private setExpanded(expanded: boolean): void {
    this.input.setAttribute("aria-expanded", String(expanded));
    this.list.hidden = !expanded;
    if (expanded && this.active >= 0) this.input.setAttribute("aria-activedescendant", `suggestion-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }
}
