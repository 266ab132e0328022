-- The first version of palimpsest_version_blocks cut every block with substring() of the
-- whole stored text: each call decompressed it (TOAST) and walked its UTF-8 from the
-- start, so a 280 KB text of 1,010 blocks took 5 s on PGlite, and a new version's
-- transaction outlived Prisma's 5 s limit. This one splits the text into lines once and
-- walks them beside the blocks, in order: each block is cut from the lines it covers.
CREATE OR REPLACE FUNCTION palimpsest_version_blocks(body TEXT, blocks JSONB)
  RETURNS TABLE ("ordinal" INTEGER, "start" INTEGER, "end" INTEGER, "text" TEXT)
  LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  astral INTEGER[] := '{}';
  at INTEGER := 0;
  found INTEGER;
  lines TEXT[] := regexp_split_to_array(body, E'\n');
  n INTEGER;
  li INTEGER := 1;
  -- Code point offset in body of lines[li], and of the end of the stretch being cut.
  ls INTEGER := 0;
  stretch_end INTEGER;
  j INTEGER;
  piece TEXT;
  b RECORD;
  s INTEGER;
  e INTEGER;
BEGIN
  n := cardinality(lines);
  IF body ~ '[\U00010000-\U0010FFFF]' THEN
    LOOP
      found := regexp_instr(body, '[\U00010000-\U0010FFFF]', at + 1);
      EXIT WHEN found = 0;
      astral := astral || (found - 1 + cardinality(astral));
      at := found;
    END LOOP;
  END IF;
  FOR b IN
    SELECT (k.ord - 1)::INTEGER AS ord, (k.block->>'start')::INTEGER AS s16, (k.block->>'end')::INTEGER AS e16
    FROM jsonb_array_elements(blocks) WITH ORDINALITY AS k(block, ord)
    ORDER BY 2, 1
  LOOP
    -- Block ranges are UTF-16 code units (lib/corpus/types.ts); each character outside
    -- the BMP before an offset counts one code point less.
    s := b.s16 - (SELECT count(*)::INTEGER FROM unnest(astral) AS u(p) WHERE u.p < b.s16);
    e := b.e16 - (SELECT count(*)::INTEGER FROM unnest(astral) AS u(p) WHERE u.p < b.e16);
    IF s < ls THEN
      li := 1;
      ls := 0;
    END IF;
    WHILE li < n AND ls + char_length(lines[li]) < s LOOP
      ls := ls + char_length(lines[li]) + 1;
      li := li + 1;
    END LOOP;
    piece := lines[li];
    stretch_end := ls + char_length(piece);
    j := li;
    WHILE j < n AND stretch_end < e LOOP
      j := j + 1;
      piece := piece || E'\n' || lines[j];
      stretch_end := stretch_end + 1 + char_length(lines[j]);
    END LOOP;
    "ordinal" := b.ord;
    "start" := b.s16;
    "end" := b.e16;
    "text" := substr(piece, s - ls + 1, e - s);
    RETURN NEXT;
  END LOOP;
END $$;
