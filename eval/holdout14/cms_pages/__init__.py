"""Page builder CMS: sites, pages, blocks, media library, redirects and revisions."""
