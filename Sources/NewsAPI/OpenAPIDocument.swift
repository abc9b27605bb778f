/// The OpenAPI 3.1 description of every `/api` endpoint, served at `/openapi.json`.
/// Kept as one JSON text so that it reads like the document it is; a test parses it and checks
/// that every route is described.
enum OpenAPIDocument {
    static let bytes: [UInt8] = Array(text.utf8)

    static let text = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Marsad",
    "version": "1.0.0",
    "description": "Explore a corpus of Arabic news: articles, the people, organisations and places they name, a timeline of dated events, and Arabic-aware full-text search. Offsets (start, end) count Unicode scalars in the article's text, end exclusive."
  },
  "paths": {
    "/healthz": {"get": {"summary": "Liveness", "operationId": "health", "responses": {"200": {"description": "Alive", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"type": "string"}}, "required": ["status"]}}}}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}}},
    "/readyz": {"get": {"summary": "Readiness: corpus loaded and indexed", "operationId": "ready", "responses": {"200": {"description": "Ready", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"type": "string"}, "articles": {"type": "integer"}, "entities": {"type": "integer"}, "events": {"type": "integer"}}, "required": ["status"]}}}}, "503": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}}},
    "/api/articles": {
      "get": {
        "summary": "List articles, newest first", "operationId": "listArticles",
        "description": "Each excerpt starts at the article's first paragraph that is not a byline or a pager's leftover words (Next Previous).",
        "parameters": [{"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"},
          {"name": "sort", "in": "query", "description": "newest (the default): latest published first, undated last; id: the corpus order (the folder's articles by id, then those added).", "schema": {"type": "string", "enum": ["newest", "id"], "default": "newest"}}],
        "responses": {"200": {"description": "A page of articles", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      },
      "post": {
        "summary": "Add an article (analysed and searchable at once)", "operationId": "addArticle",
        "description": "Needs Authorization: Bearer <MARSAD_API_TOKEN>. With --data, the write is on disk before the answer goes out. An article whose id, or (without an id) url, names one added before is updated in place or left unchanged (200 with its Location), never added twice; 409 when that article comes from the corpus folder.",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}}}},
        "responses": {
          "200": {"description": "The same article (same id or url) was present: updated or unchanged", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "201": {"description": "Created", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/articles/bulk": {
      "post": {
        "summary": "Import many articles: newline-delimited JSON, one ArticleInput a line (title optional)", "operationId": "importArticles",
        "description": "Needs Authorization: Bearer <MARSAD_API_TOKEN>. Each line is validated alone; bad lines are listed with their line number and the others imported. Articles already present (same id, else same url) are updated or left unchanged. Accepted lines are journaled with one fsync and applied as one snapshot before the answer. Bodies up to 64 MiB.",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {"application/x-ndjson": {"schema": {"type": "string"}}}},
        "responses": {
          "200": {"description": "What the import did", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkReport"}}}},
          "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/articles/{id}": {
      "get": {
        "summary": "One article with its entities and events", "operationId": "getArticle",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      },
      "put": {
        "summary": "Replace an article added through the API", "operationId": "replaceArticle",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}}}},
        "responses": {
          "200": {"description": "Replaced", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"},
          "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      },
      "delete": {
        "summary": "Remove an added article, or hide a corpus article", "operationId": "deleteArticle",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "204": {"description": "Removed"},
          "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/articles/fetch": {
      "post": {
        "summary": "Add the article at a URL (fetched, main text extracted)", "operationId": "fetchArticle",
        "description": "Fetches the page (http or https; redirects followed, each hop checked; size and time limited), extracts its main text, title, publication date and source, and adds it like POST /api/articles. A URL already in the corpus is not added again: 200 with the existing article. Hosts that resolve to private, loopback or other non-public addresses are refused (403) unless the server runs with --allow-private-fetch. A page that cannot be fetched or holds no article text is 422. At most 4 fetches run at once; past that, 429 with Retry-After.",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FetchInput"}}}},
        "responses": {
          "200": {"description": "Already in the corpus", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "201": {"description": "Fetched and added", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"},
          "429": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/feeds": {
      "get": {
        "summary": "Feed subscriptions, oldest first", "operationId": "listFeeds",
        "parameters": [{"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
        "responses": {"200": {"description": "A page of feeds", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeedList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      },
      "post": {
        "summary": "Subscribe to an RSS 2.0 or Atom feed", "operationId": "addFeed",
        "description": "The feed is polled at once in the background, then every intervalMinutes (default 60); each new entry's page is fetched and added as an article (the entry's own content stands in when the page cannot be read); entries whose URL is already an article are skipped. Polls are conditional (ETag, Last-Modified). Subscribing again to the same URL changes its interval (200). Same address rules as POST /api/articles/fetch. With --data, subscriptions survive a restart.",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeedInput"}}}},
        "responses": {
          "200": {"description": "Already subscribed", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}}},
          "201": {"description": "Subscribed", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"},
          "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/feeds/{id}": {
      "get": {
        "summary": "One feed subscription and its last poll", "operationId": "getFeed",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The feed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      },
      "delete": {
        "summary": "Unsubscribe (the articles it brought stay)", "operationId": "deleteFeed",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "204": {"description": "Unsubscribed"},
          "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/feeds/{id}/poll": {
      "post": {
        "summary": "Poll a feed now and report what it added", "operationId": "pollFeed",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "The poll's report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PollReport"}}}},
          "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/entities": {
      "get": {
        "summary": "List entities, most mentioned first", "operationId": "listEntities",
        "parameters": [
          {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}},
          {"name": "q", "in": "query", "description": "Matches a name or alias after Arabic normalisation (hamza forms, yaa/alef maqsura, taa marbuta, diacritics, tatweel).", "schema": {"type": "string"}},
          {"name": "article", "in": "query", "description": "Only entities of this article.", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}
        ],
        "responses": {"200": {"description": "A page of entities", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/entities/{id}": {
      "get": {
        "summary": "One entity with its mentions and related entities", "operationId": "getEntity",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
          {"name": "mentionArticles", "in": "query", "description": "Only the mentions (and articleIds) of the entity's first that many articles, in corpus order; mentionCount and articleCount stay whole. Without it, all of them.", "schema": {"type": "integer", "minimum": 0}}, {"name": "context", "in": "query", "description": "With mentionArticles: each mention also carries before/after, up to that many words either side (never across a line break; '… ' where cut), and 'articles' lists the shown articles' ids and titles.", "schema": {"type": "integer", "minimum": 0, "maximum": 30}}],
        "responses": {"200": {"description": "The entity", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityDetail"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/entities/{id}/articles": {
      "get": {
        "summary": "The articles that mention an entity, a page at a time (corpus order)", "operationId": "entityArticles",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
        "responses": {"200": {"description": "A page of articles", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityArticleList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/graph": {
      "get": {
        "summary": "The entity co-occurrence network in one response",
        "description": "Nodes: the most mentioned entities (most mentions, then most articles, then name) with their counts and their number of edges (degree); edges: every pair of nodes mentioned in the same sentence, weighted by how many sentences they share, heaviest first. from/to count only the articles published in that range (both counts and weights); type and q (as in /api/entities) choose the entities; entity adds that entity when it is not among the top.",
        "operationId": "graph",
        "parameters": [
          {"name": "limit", "in": "query", "description": "How many nodes.", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 40}},
          {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}},
          {"name": "q", "in": "query", "description": "Only entities whose name or an alias matches (as in /api/entities).", "schema": {"type": "string"}},
          {"name": "entity", "in": "query", "description": "An entity id to include even when it is not among the top.", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}
        ],
        "responses": {"200": {"description": "The graph", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Graph"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/entities/{id}/rename": {
      "post": {
        "summary": "Give an entity a new canonical name (its id stays)", "operationId": "renameEntity",
        "description": "An entity correction: needs Authorization: Bearer <token>; the token's label is recorded as who made it. Journaled (with --data) before the answer, listed at /api/corrections, undone with DELETE /api/corrections/{id}, and re-applied over every rebuild (a correction whose entity no longer exists is kept, listed with applied false).",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RenameInput"}}}},
        "responses": {
          "201": {"description": "The correction, applied", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/entities/{id}/retype": {
      "post": {
        "summary": "Change an entity's type (its id stays)", "operationId": "retypeEntity",
        "description": "An entity correction: needs Authorization: Bearer <token>; the token's label is recorded as who made it. Journaled (with --data) before the answer, listed at /api/corrections, undone with DELETE /api/corrections/{id}, and re-applied over every rebuild (a correction whose entity no longer exists is kept, listed with applied false).",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RetypeInput"}}}},
        "responses": {
          "201": {"description": "The correction, applied", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/entities/{id}/merge": {
      "post": {
        "summary": "Merge the entity into another (its mentions move there; it disappears)", "operationId": "mergeEntity",
        "description": "An entity correction: needs Authorization: Bearer <token>; the token's label is recorded as who made it. Journaled (with --data) before the answer, listed at /api/corrections, undone with DELETE /api/corrections/{id}, and re-applied over every rebuild (a correction whose entity no longer exists is kept, listed with applied false).",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MergeInput"}}}},
        "responses": {
          "201": {"description": "The correction, applied", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/entities/{id}/split": {
      "post": {
        "summary": "Move some mentions of the entity into a new entity", "operationId": "splitEntity",
        "description": "An entity correction: needs Authorization: Bearer <token>; the token's label is recorded as who made it. Journaled (with --data) before the answer, listed at /api/corrections, undone with DELETE /api/corrections/{id}, and re-applied over every rebuild (a correction whose entity no longer exists is kept, listed with applied false).",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SplitInput"}}}},
        "responses": {
          "201": {"description": "The correction, applied", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/entities/{id}/hide": {
      "post": {
        "summary": "Hide the entity (a false positive) from lists, pages, the graph and facets", "operationId": "hideEntity",
        "description": "An entity correction: needs Authorization: Bearer <token>; the token's label is recorded as who made it. Journaled (with --data) before the answer, listed at /api/corrections, undone with DELETE /api/corrections/{id}, and re-applied over every rebuild (a correction whose entity no longer exists is kept, listed with applied false).",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HideInput"}}}},
        "responses": {
          "201": {"description": "The correction, applied", "headers": {"Location": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "415": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/corrections": {
      "get": {
        "summary": "Every entity correction, oldest first, undone ones included, with who and when", "operationId": "listCorrections",
        "parameters": [{"name": "entity", "in": "query", "description": "Only corrections of, into or making this entity id.", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
        "responses": {"200": {"description": "A page of corrections", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CorrectionList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/corrections/{id}": {
      "get": {
        "summary": "One correction", "operationId": "getCorrection",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The correction", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      },
      "delete": {
        "summary": "Undo a correction (it stays listed, undone)", "operationId": "undoCorrection",
        "security": [{"bearer": []}],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "The correction, undone", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Correction"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
          "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"},
          "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}
        }
      }
    },
    "/api/export/entities.csv": {
      "get": {
        "summary": "Entities as CSV (UTF-8 with BOM): id, name, type, aliases, counts", "operationId": "exportEntities",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}}, {"name": "q", "in": "query", "description": "As /api/entities: a name or alias after Arabic normalisation.", "schema": {"type": "string"}}, {"name": "article", "in": "query", "description": "Only this article.", "schema": {"type": "string"}}, {"name": "entity", "in": "query", "description": "Only this entity.", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"text/csv": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/export/mentions.csv": {
      "get": {
        "summary": "Entity mentions as CSV (UTF-8 with BOM): entity, article, offsets, words, role", "operationId": "exportMentions",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}}, {"name": "q", "in": "query", "description": "As /api/entities: a name or alias after Arabic normalisation.", "schema": {"type": "string"}}, {"name": "article", "in": "query", "description": "Only this article.", "schema": {"type": "string"}}, {"name": "entity", "in": "query", "description": "Only this entity.", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"text/csv": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/export/timeline.csv": {
      "get": {
        "summary": "Dated events as CSV (UTF-8 with BOM), oldest first", "operationId": "exportTimeline",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "article", "in": "query", "description": "Only this article.", "schema": {"type": "string"}}, {"name": "entity", "in": "query", "description": "Only this entity.", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"text/csv": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/export/graph.graphml": {
      "get": {
        "summary": "The entity co-occurrence graph as GraphML", "operationId": "exportGraphML",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "limit", "in": "query", "description": "Nodes: the most mentioned entities.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 40}}, {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"application/graphml+xml": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/export/graph.gexf": {
      "get": {
        "summary": "The entity co-occurrence graph as GEXF 1.3 (Gephi)", "operationId": "exportGEXF",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "limit", "in": "query", "description": "Nodes: the most mentioned entities.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 40}}, {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["person", "organization", "location"]}}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"application/gexf+xml": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/export/articles.jsonl": {
      "get": {
        "summary": "Articles with their analysis (each line an Article), best first with q, else in corpus order", "operationId": "exportArticles",
        "description": "A download (Content-Disposition: attachment) for the whole corpus or the filters given, from the data as it was when the request arrived; entity corrections applied. Streamed while it is written: no Content-Length; Transfer-Encoding: chunked to HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones.",
        "parameters": [{"name": "q", "in": "query", "description": "A search query (as /api/search).", "schema": {"type": "string", "minLength": 1}}, {"name": "entity", "in": "query", "description": "Only this entity.", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}],
        "responses": {"200": {"description": "The file", "headers": {"Content-Disposition": {"schema": {"type": "string"}}}, "content": {"application/x-ndjson": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/timeline": {
      "get": {
        "summary": "Dated events, oldest first", "operationId": "timeline",
        "parameters": [
          {"name": "article", "in": "query", "schema": {"type": "string"}},
          {"name": "entity", "in": "query", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
          {"name": "undated", "in": "query", "description": "true: only the events whose year is unknown (XXXX-09-26); not with from/to.", "schema": {"type": "boolean", "default": false}},
          {"name": "within", "in": "query", "description": "true: only the events whose date lies wholly within from-to (2015-07-03 or 2015-07 in July-August 2015, but not 2015, which only overlaps it); false (the default): every event whose date overlaps the range.", "schema": {"type": "boolean", "default": false}},
          {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}
        ],
        "responses": {"200": {"description": "A page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventList"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/timeline/counts": {
      "get": {
        "summary": "How many events fall in each year, month or day: the time axis without the events", "operationId": "timelineCounts",
        "description": "The filters of /api/timeline. An event as precise as the level or more counts in the period of the level that holds it; a coarser one (a year at month level, a decade) keeps its own date and precision. Buckets are non-empty, oldest first, and add up to total: the /api/timeline total of the same filters less the events of unknown year, counted in undated. first, last and focus describe the events of the article and entity filters whatever from/to say: focus is the shortest stretch holding 75% of those dated to a month or day, widened to whole months when it spans four weeks or more.",
        "parameters": [
          {"name": "article", "in": "query", "schema": {"type": "string"}},
          {"name": "entity", "in": "query", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
          {"name": "level", "in": "query", "description": "The bucket size; auto (the default) counts by day for a from-to span up to 120 days, by month up to 12 years, else by year.", "schema": {"type": "string", "enum": ["auto", "year", "month", "day"], "default": "auto"}}
        ],
        "responses": {"200": {"description": "Counts per period", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TimelineCounts"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    },
    "/api/search": {
      "get": {
        "summary": "Arabic-aware full-text search",
        "description": "Facets are counted over every hit: the entities most often found, and histograms of the hits by publication date and by event date (each by month when its dates lie within two calendar years and most are precise to the month, else by year; a bucket counts the hits with a date, or an event's date, within it; dates coarser than a bucket are counted in none, so narrowing to a bucket with from/to and the same dateField finds its count plus any hits whose only date there is coarser). Query syntax: words (all must match), \"quoted phrases\", -word to exclude, OR between alternatives. Matching folds hamza forms, alef maqsura, taa marbuta, diacritics, tatweel, Eastern Arabic digits and presentation forms, strips attached clitics (و ف ب ل ك ال) and suffixes; exact forms rank above stem matches; the title is boosted (BM25).",
        "operationId": "search",
        "parameters": [
          {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}},
          {"name": "entity", "in": "query", "description": "Only articles that mention this entity.", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
          {"name": "dateField", "in": "query", "description": "Which dates from/to test: the article's events (default) or its publication date.", "schema": {"type": "string", "enum": ["event", "published"], "default": "event"}},
          {"name": "sort", "in": "query", "description": "relevance (best first, the default) or date (newest publication first, undated last).", "schema": {"type": "string", "enum": ["relevance", "date"], "default": "relevance"}},
          {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}
        ],
        "responses": {"200": {"description": "Hits, best first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/RequestTooLarge"}, "431": {"$ref": "#/components/responses/RequestTooLarge"}}
      }
    }
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "The server's MARSAD_API_TOKEN (labelled editor), or one of MARSAD_API_TOKENS (label=token pairs); the label is recorded as who made an entity correction."}},
    "parameters": {
      "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 20}},
      "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
      "from": {"name": "from", "in": "query", "description": "Earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.", "schema": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}},
      "to": {"name": "to", "in": "query", "description": "Latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.", "schema": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}}
    },
    "responses": {
      "Problem": {"description": "An RFC 9457 problem", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
      "RequestTooLarge": {"description": "An RFC 9457 problem from the HTTP layer, before any route runs, so any operation can answer it: 414 for an 8 KiB request line or a 4 KiB query exceeded, 431 for a header section over 16 KiB or 100 lines. The connection is closed after it.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    },
    "schemas": {
      "TimelineCounts": {"type": "object", "properties": {
        "level": {"type": "string", "enum": ["year", "month", "day"]},
        "from": {"type": ["string", "null"], "format": "date"}, "to": {"type": ["string", "null"], "format": "date"},
        "total": {"type": "integer", "minimum": 0}, "undated": {"type": "integer", "minimum": 0},
        "first": {"type": ["string", "null"], "description": "The first day any event can mean."},
        "last": {"type": ["string", "null"], "description": "The last day any event can mean."},
        "focus": {"oneOf": [{"type": "null"}, {"type": "object", "properties": {"from": {"type": "string"}, "to": {"type": "string"}}, "required": ["from", "to"]}]},
        "buckets": {"type": "array", "items": {"type": "object", "properties": {
          "date": {"type": "string", "description": "2015, 2015-07, 2015-07-03, or a coarser event date such as 201X"},
          "precision": {"type": "string", "enum": ["day", "month", "year", "decade"]},
          "count": {"type": "integer", "minimum": 1}}, "required": ["date", "precision", "count"]}}},
        "required": ["level", "from", "to", "total", "undated", "first", "last", "focus", "buckets"]},
      "ArticleInput": {"type": "object", "properties": {
        "title": {"type": "string", "minLength": 1, "pattern": "\\S"}, "text": {"type": "string", "minLength": 1, "pattern": "\\S"},
        "published": {"type": "string", "description": "An ISO date of day, month or year precision; an impossible day (2021-02-30) is refused.", "pattern": "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"},
        "source": {"type": "string"}, "url": {"type": "string"},
        "id": {"type": "string", "description": "Names the article (1-200 bytes, no slash, backslash, control character or leading dot); posting the same id again updates it.", "pattern": "^[A-Za-z0-9_-]{1,64}$"}
      }, "required": ["title", "text"]},
      "BulkReport": {"type": "object", "properties": {
        "added": {"type": "integer"}, "updated": {"type": "integer"}, "unchanged": {"type": "integer"},
        "rejected": {"type": "array", "items": {"type": "object", "properties": {"line": {"type": "integer"}, "detail": {"type": "string"}}, "required": ["line", "detail"]}}
      }, "required": ["added", "updated", "unchanged", "rejected"]},
      "FetchInput": {"type": "object", "properties": {"url": {"type": "string", "description": "An absolute http or https URL.", "pattern": "^https?://"}}, "required": ["url"]},
      "FeedInput": {"type": "object", "properties": {
        "url": {"type": "string", "description": "The feed's absolute http or https URL.", "pattern": "^https?://"},
        "intervalMinutes": {"type": "integer", "minimum": 1, "maximum": 10080, "default": 60}
      }, "required": ["url"]},
      "Feed": {"type": "object", "properties": {
        "id": {"type": "string"}, "url": {"type": "string"}, "intervalMinutes": {"type": "integer"}, "created": {"type": "string"},
        "title": {"type": ["string", "null"]}, "lastPolled": {"type": ["string", "null"]}, "nextPoll": {"type": "string"},
        "lastStatus": {"type": "string", "enum": ["pending", "ok", "notModified", "error"]}, "lastError": {"type": ["string", "null"]},
        "itemCount": {"type": "integer"}, "articlesAdded": {"type": "integer"}
      }, "required": ["id", "url", "intervalMinutes", "created", "nextPoll", "lastStatus", "itemCount", "articlesAdded"]},
      "FeedList": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Feed"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "PollReport": {"type": "object", "properties": {
        "feedId": {"type": "string"}, "status": {"type": "string", "enum": ["ok", "notModified", "error"]},
        "items": {"type": "integer"}, "added": {"type": "integer"}, "existing": {"type": "integer"}, "failed": {"type": "integer"},
        "error": {"type": ["string", "null"]}
      }, "required": ["feedId", "status", "items", "added", "existing", "failed"]},
      "Problem": {"type": "object", "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "parameter": {"type": "string", "description": "The parameter at fault; for unknown query parameters, every unknown name, comma-separated."}}, "required": ["type", "title", "status", "detail"]},
      "Offsets": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
      "EntityRef": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string", "enum": ["person", "organization", "location"]}}, "required": ["id", "name", "type"]},
      "ArticleSummary": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "excerpt": {"type": "string"}, "published": {"type": ["string", "null"]}, "publishedEstimated": {"type": "boolean"}}, "required": ["id", "title", "excerpt"]},
      "ArticleList": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "Article": {"type": "object", "properties": {
        "id": {"type": "string"}, "title": {"type": "string"}, "titleSource": {"type": "string", "enum": ["heading", "firstSentence", "provided"]},
        "text": {"type": "string"}, "paragraphs": {"type": "array", "items": {"type": "string"}},
        "paragraphOffsets": {"type": "array", "items": {"$ref": "#/components/schemas/Offsets"}},
        "sentenceOffsets": {"type": "array", "items": {"$ref": "#/components/schemas/Offsets"}},
        "links": {"type": "array", "items": {"type": "string"}},
        "published": {"type": ["string", "null"]}, "publishedPrecision": {"type": ["string", "null"]}, "publishedEstimated": {"type": "boolean"},
        "source": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]}, "origin": {"type": "string"},
        "entities": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}, "local": {"type": "boolean", "description": "As on EntitySummary."}, "mentions": {"type": "array", "items": {"type": "object", "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}}}}, "required": ["id", "name", "type"]}},
        "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
        "relativeDates": {"type": "array", "items": {"type": "object", "properties": {"expression": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}}}
      }, "required": ["id", "title", "text", "paragraphs", "entities", "events"]},
      "EntitySummary": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string", "enum": ["person", "organization", "location"]}, "aliases": {"type": "array", "items": {"type": "string"}}, "roles": {"type": "array", "items": {"type": "string"}}, "mentionCount": {"type": "integer"}, "articleCount": {"type": "integer"}, "local": {"type": "boolean", "description": "Present (true) on a given name alone that no fuller name of its article owns: one person of that one article, never merged across articles."}, "articleIds": {"type": "array", "items": {"type": "string"}, "description": "Only in the single-entity response; lists page them under /api/entities/{id}/articles."}}, "required": ["id", "name", "type", "aliases", "mentionCount", "articleCount"]},
      "EntityList": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/EntitySummary"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "EntityDetail": {"allOf": [{"$ref": "#/components/schemas/EntitySummary"}, {"type": "object", "properties": {
        "mentions": {"type": "array", "items": {"type": "object", "properties": {"articleId": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}, "required": ["articleId", "start", "end", "text"]}},
        "related": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}, "count": {"type": "integer"}}, "required": ["id", "name", "type", "count"]}}
      }, "required": ["mentions", "related"]}]},
      "RenameInput": {"type": "object", "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S"}}, "required": ["name"]},
      "RetypeInput": {"type": "object", "properties": {"type": {"type": "string", "enum": ["person", "organization", "location"]}}, "required": ["type"]},
      "MergeInput": {"type": "object", "properties": {"into": {"type": "string", "description": "The id of the entity to merge into."}}, "required": ["into"]},
      "SplitInput": {"type": "object", "properties": {
        "mentions": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/MentionKey"}, "description": "Mentions of this entity (as its mentions list gives them) to move."},
        "name": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S", "description": "The new entity's name; default the first mention's words."},
        "type": {"type": "string", "enum": ["person", "organization", "location"], "description": "Default the entity's type."}
      }, "required": ["mentions"]},
      "HideInput": {"type": "object", "description": "No fields: the body may be empty."},
      "MentionKey": {"type": "object", "properties": {"articleId": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}, "required": ["articleId", "start", "end"]},
      "Correction": {"type": "object", "properties": {
        "id": {"type": "string"}, "action": {"type": "string", "enum": ["rename", "retype", "merge", "split", "hide"]},
        "who": {"type": "string", "description": "The label of the token that made it."}, "when": {"type": "string", "description": "RFC 3339, UTC."},
        "entity": {"$ref": "#/components/schemas/EntityRef"},
        "name": {"type": "string"}, "type": {"type": "string", "enum": ["person", "organization", "location"]},
        "into": {"$ref": "#/components/schemas/EntityRef"},
        "mentions": {"type": "array", "items": {"$ref": "#/components/schemas/MentionKey"}},
        "applied": {"type": "boolean", "description": "False when undone, or when its entity or mentions no longer exist after a rebuild (kept; applies again if they return)."},
        "entityId": {"type": ["string", "null"], "description": "While applied: the entity it changed, made (split) or merged into."},
        "undone": {"type": "boolean"}, "undoneBy": {"type": ["string", "null"]}, "undoneAt": {"type": ["string", "null"]},
        "note": {"type": ["string", "null"], "description": "Why it is not applied."}
      }, "required": ["id", "action", "who", "when", "entity", "applied", "undone"]},
      "CorrectionList": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Correction"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "Event": {"type": "object", "properties": {
        "date": {"type": "string", "description": "2012-09-11, 2018-06, 2014, 199X (decade) or XXXX-09-26 (year unknown)"},
        "precision": {"type": "string", "enum": ["day", "month", "year", "decade"]},
        "articleId": {"type": "string"}, "articleTitle": {"type": "string"},
        "expression": {"type": "string"}, "expressionStart": {"type": "integer"}, "expressionEnd": {"type": "integer"},
        "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "relative": {"type": "boolean"},
        "calendar": {"type": "string", "enum": ["gregorian", "hijri"], "description": "The calendar the expression was written in; date is always Gregorian."},
        "hijriDate": {"type": "string", "description": "For a Hijri expression, the date as written (Umm al-Qura): 1436-09-23, 1436-09 or 1436."},
        "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
        "group": {"type": "integer"},
        "sources": {"type": "array", "items": {"type": "string"}, "description": "Articles reporting the same happening (same date, several shared entities and similar sentences), this event's own first; at most 50."},
        "sourceCount": {"type": "integer", "description": "How many articles report the happening."}
      }, "required": ["date", "precision", "articleId", "expression", "text", "start", "end", "entities"]},
      "EventList": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "SearchResults": {"type": "object", "properties": {
        "items": {"type": "array", "items": {"type": "object", "properties": {
          "id": {"type": "string"}, "title": {"type": "string"}, "published": {"type": ["string", "null"]}, "score": {"type": "number"},
          "snippets": {"type": "array", "items": {"type": "object", "properties": {"text": {"type": "string"}, "highlights": {"type": "array", "items": {"$ref": "#/components/schemas/Offsets"}}}, "required": ["text", "highlights"]}}
        }, "required": ["id", "title", "score", "snippets"]}},
        "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"},
        "query": {"type": "string"}, "sort": {"type": "string", "enum": ["relevance", "date"]}, "suggestion": {"type": ["string", "null"]},
        "facets": {"type": "object", "properties": {
          "exact": {"type": "boolean", "description": "true: counted over every hit."},
          "entities": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}, "local": {"type": "boolean", "description": "As on EntitySummary."}, "count": {"type": "integer"}}, "required": ["id", "name", "type", "count"]}},
          "dates": {"type": "object", "properties": {
            "published": {"$ref": "#/components/schemas/DateHistogram"},
            "events": {"$ref": "#/components/schemas/DateHistogram"}
          }, "required": ["published", "events"]}
        }, "required": ["exact", "entities", "dates"]}
      }, "required": ["items", "total", "limit", "offset"]},
      "DateHistogram": {"type": "object", "properties": {"granularity": {"type": "string", "enum": ["year", "month"]}, "buckets": {"type": "array", "items": {"$ref": "#/components/schemas/DateBucket"}}}, "required": ["granularity", "buckets"]},
      "DateBucket": {"type": "object", "properties": {"date": {"type": "string", "description": "2015 or 2015-07"}, "count": {"type": "integer"}}, "required": ["date", "count"]},
      "EntityArticleList": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "published": {"type": ["string", "null"]}, "mentionCount": {"type": "integer"}}, "required": ["id", "title", "mentionCount"]}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}, "required": ["items", "total", "limit", "offset"]},
      "Graph": {"type": "object", "properties": {
        "nodes": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string", "enum": ["person", "organization", "location"]}, "mentionCount": {"type": "integer"}, "articleCount": {"type": "integer"}, "degree": {"type": "integer"}}, "required": ["id", "name", "type", "mentionCount", "articleCount", "degree"]}},
        "edges": {"type": "array", "items": {"type": "object", "properties": {"source": {"type": "string"}, "target": {"type": "string"}, "weight": {"type": "integer", "minimum": 1}}, "required": ["source", "target", "weight"]}}
      }, "required": ["nodes", "edges"]}
    }
  }
}
"""#
}
