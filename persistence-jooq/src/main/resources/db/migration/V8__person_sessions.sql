-- People who sign in through the organisation's identity provider (OpenID Connect) get the same browser sessions as
-- API tokens do, but hold no token: such a session keeps the role the person was let in with instead.
ALTER TABLE qbr_browser_sessions ALTER COLUMN token_hash DROP NOT NULL;
ALTER TABLE qbr_browser_sessions ADD COLUMN person_role varchar(10);
ALTER TABLE qbr_browser_sessions ADD CONSTRAINT qbr_browser_sessions_token_or_person
    CHECK ((token_hash IS NULL) <> (person_role IS NULL));
