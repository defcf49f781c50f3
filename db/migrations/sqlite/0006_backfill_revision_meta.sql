-- Every revision carries the metadata of lib/article-fields.ts. Revisions saved before they
-- did (or with fewer keys) take what they lack from their article row, as the app used to
-- when it read them; keys a revision has are kept.
UPDATE `article_revisions` SET `meta` = (
  SELECT json_insert(
    CASE WHEN json_valid(article_revisions.meta) AND json_type(article_revisions.meta) = 'object' THEN article_revisions.meta ELSE '{}' END,
    '$.categoryId', a.category_id,
    '$.sourceUnitId', a.source_unit_id,
    '$.sourceText', coalesce(a.source_text, ''),
    '$.language', a.language,
    '$.translationId', a.translation_id,
    '$.seriesId', a.series_id,
    '$.visibility', a.visibility,
    '$.pinned', json(CASE WHEN a.pinned THEN 'true' ELSE 'false' END),
    '$.featured', json(CASE WHEN a.featured THEN 'true' ELSE 'false' END),
    '$.mustRead', json(CASE WHEN a.must_read THEN 'true' ELSE 'false' END),
    '$.tags', json((SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name))),
    '$.coverKey', a.cover_key,
    '$.attachments', json('[]'))
  FROM articles a WHERE a.id = article_revisions.article_id
)
WHERE `meta` IS NULL OR NOT json_valid(`meta`) OR json_type(`meta`) <> 'object'
  OR json_type(`meta`, '$.categoryId') IS NULL OR json_type(`meta`, '$.sourceUnitId') IS NULL
  OR json_type(`meta`, '$.sourceText') IS NULL OR json_type(`meta`, '$.language') IS NULL
  OR json_type(`meta`, '$.translationId') IS NULL OR json_type(`meta`, '$.seriesId') IS NULL
  OR json_type(`meta`, '$.visibility') IS NULL OR json_type(`meta`, '$.pinned') IS NULL
  OR json_type(`meta`, '$.featured') IS NULL OR json_type(`meta`, '$.mustRead') IS NULL
  OR json_type(`meta`, '$.tags') IS NULL OR json_type(`meta`, '$.coverKey') IS NULL
  OR json_type(`meta`, '$.attachments') IS NULL;
