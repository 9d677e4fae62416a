using ConfBot.Storage.Sql.Schema;

namespace ConfBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, step by step; the same tables as SQLite's, with native date and timestamptz columns.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "digest subscriptions, digest log, talks first seen", """
            CREATE TABLE digest_subscriptions (
                channel_id text PRIMARY KEY,
                local_time text NOT NULL,
                time_zone text NOT NULL,
                days text NOT NULL,
                since timestamptz NOT NULL);
            CREATE TABLE digest_log (
                channel_id text NOT NULL,
                local_date date NOT NULL,
                state text NOT NULL,
                claimed_by text,
                attempts integer NOT NULL,
                last_error text,
                talk_id text,
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (channel_id, local_date));
            CREATE INDEX digest_log_posted ON digest_log (channel_id, state);
            CREATE TABLE talk_first_seen (
                talk_id text PRIMARY KEY,
                first_seen_at timestamptz NOT NULL);
            """),
        new(2, "action point checklist", """
            CREATE TABLE action_point_state (
                action_point_id text PRIMARY KEY,
                status text NOT NULL,
                actor text,
                changed_at timestamptz NOT NULL);
            """),
        new(3, "processed Slack events", """
            CREATE TABLE processed_events (
                event_key text PRIMARY KEY,
                expires_at timestamptz NOT NULL);
            CREATE INDEX processed_events_expiry ON processed_events (expires_at);
            """),
        new(4, "answer feedback, each thread's last answer", """
            CREATE TABLE answer_feedback (
                answer_key text NOT NULL,
                user_id text NOT NULL,
                question text NOT NULL,
                surface text NOT NULL,
                talks text NOT NULL,
                vote text NOT NULL,
                voted_at timestamptz NOT NULL,
                PRIMARY KEY (answer_key, user_id));
            CREATE INDEX answer_feedback_time ON answer_feedback (voted_at);
            CREATE TABLE thread_answers (
                channel_id text NOT NULL,
                thread_ts text NOT NULL,
                request text NOT NULL,
                page_offset integer NOT NULL,
                talk_ids text NOT NULL,
                focus_talk_id text,
                answered_at timestamptz NOT NULL,
                PRIMARY KEY (channel_id, thread_ts));
            """),
        new(5, "notes written from Slack", """
            CREATE TABLE written_notes (
                id text PRIMARY KEY,
                author_id text NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                source_kind text NOT NULL,
                source_ref text,
                file_name text NOT NULL,
                content text NOT NULL);
            CREATE INDEX written_notes_author ON written_notes (author_id);
            CREATE TABLE written_notes_version (
                version bigint NOT NULL);
            INSERT INTO written_notes_version (version) VALUES (0);
            """),
        new(6, "users greeted in the Messages tab", """
            CREATE TABLE greeted_users (
                user_id text PRIMARY KEY,
                greeted_at timestamptz NOT NULL);
            """),
        new(7, "what voters said was missing", """
            ALTER TABLE answer_feedback ADD COLUMN comment text;
            """),
    ];
}
