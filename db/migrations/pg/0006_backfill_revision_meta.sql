-- Every revision carries the metadata of lib/article-fields.ts. Revisions saved before they
-- did (or with fewer keys) take what they lack from their article row, as the app used to
-- when it read them; keys a revision has are kept.
UPDATE "article_revisions" r SET "meta" = jsonb_build_object(
  'categoryId', a.category_id, 'sourceUnitId', a.source_unit_id, 'sourceText', coalesce(a.source_text, ''),
  'language', a.language, 'translationId', a.translation_id, 'seriesId', a.series_id,
  'visibility', a.visibility, 'pinned', a.pinned, 'featured', a.featured, 'mustRead', a.must_read,
  'tags', coalesce((SELECT jsonb_agg(t.name ORDER BY t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '[]'::jsonb),
  'coverKey', a.cover_key, 'attachments', '[]'::jsonb)
  || CASE WHEN jsonb_typeof(r."meta") = 'object' THEN r."meta" ELSE '{}'::jsonb END
FROM "articles" a
WHERE a.id = r.article_id AND (r."meta" IS NULL OR jsonb_typeof(r."meta") <> 'object' OR NOT r."meta" ?& array[
  'categoryId', 'sourceUnitId', 'sourceText', 'language', 'translationId', 'seriesId', 'visibility',
  'pinned', 'featured', 'mustRead', 'tags', 'coverKey', 'attachments']);
