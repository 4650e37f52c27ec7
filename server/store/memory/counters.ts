import type { StoredArticle } from './types';

/**
 * Usage counts kept incrementally as articles change, so `articleCount`, `usageCount` and the
 * in-use guards of deletes never scan the articles.
 */
export class Counters {
  readonly category = new Map<number, number>();
  readonly author = new Map<number, number>();
  readonly tag = new Map<number, number>();
  readonly credit = new Map<number, number>();
  /** Articles naming another as the story they translate (a delete of that one is refused). */
  readonly translation = new Map<number, number>();
  /** Articles per language and slug (unique slug per language). */
  readonly slugs = new Map<string, number>();

  static slugKey = (lang: string, slug: string) => `${lang}/${slug}`;

  apply(article: StoredArticle, delta: 1 | -1): void {
    const bump = (m: Map<number, number>, id: number | null | undefined) => {
      if (id == null) return;
      const n = (m.get(id) ?? 0) + delta;
      if (n) m.set(id, n);
      else m.delete(id);
    };
    bump(this.category, article.categoryId);
    bump(this.author, article.authorId);
    bump(this.credit, article.featuredImage?.photoCreditId);
    bump(this.translation, article.translationOf);
    for (const t of article.tagIds) bump(this.tag, t);
    const key = Counters.slugKey(article.lang, article.slug);
    if (delta === 1) this.slugs.set(key, article.id);
    else if (this.slugs.get(key) === article.id) this.slugs.delete(key);
  }
}
