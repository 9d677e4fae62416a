using ConfBot.Storage.Sql.Schema;

namespace ConfBot.Storage.Sqlite;

/// <summary>The SQLite schema, step by step; the same tables as PostgreSQL's, with instants as Unix milliseconds.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "digest subscriptions, digest log, talks first seen", """
            CREATE TABLE digest_subscriptions (
                channel_id TEXT PRIMARY KEY,
                local_time TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                days TEXT NOT NULL,
                since INTEGER NOT NULL);
            CREATE TABLE digest_log (
                channel_id TEXT NOT NULL,
                local_date TEXT NOT NULL,
                state TEXT NOT NULL,
                claimed_by TEXT,
                attempts INTEGER NOT NULL,
                last_error TEXT,
                talk_id TEXT,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (channel_id, local_date));
            CREATE INDEX digest_log_posted ON digest_log (channel_id, state);
            CREATE TABLE talk_first_seen (
                talk_id TEXT PRIMARY KEY,
                first_seen_at INTEGER NOT NULL);
            """),
        new(2, "action point checklist", """
            CREATE TABLE action_point_state (
                action_point_id TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                actor TEXT,
                changed_at INTEGER NOT NULL);
            """),
        new(3, "processed Slack events", """
            CREATE TABLE processed_events (
                event_key TEXT PRIMARY KEY,
                expires_at INTEGER NOT NULL);
            CREATE INDEX processed_events_expiry ON processed_events (expires_at);
            """),
        new(4, "answer feedback, each thread's last answer", """
            CREATE TABLE answer_feedback (
                answer_key TEXT NOT NULL,
                user_id TEXT NOT NULL,
                question TEXT NOT NULL,
                surface TEXT NOT NULL,
                talks TEXT NOT NULL,
                vote TEXT NOT NULL,
                voted_at INTEGER NOT NULL,
                PRIMARY KEY (answer_key, user_id));
            CREATE INDEX answer_feedback_time ON answer_feedback (voted_at);
            CREATE TABLE thread_answers (
                channel_id TEXT NOT NULL,
                thread_ts TEXT NOT NULL,
                request TEXT NOT NULL,
                page_offset INTEGER NOT NULL,
                talk_ids TEXT NOT NULL,
                focus_talk_id TEXT,
                answered_at INTEGER NOT NULL,
                PRIMARY KEY (channel_id, thread_ts));
            """),
        new(5, "notes written from Slack", """
            CREATE TABLE written_notes (
                id TEXT PRIMARY KEY,
                author_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                source_kind TEXT NOT NULL,
                source_ref TEXT,
                file_name TEXT NOT NULL,
                content TEXT NOT NULL);
            CREATE INDEX written_notes_author ON written_notes (author_id);
            CREATE TABLE written_notes_version (
                version INTEGER NOT NULL);
            INSERT INTO written_notes_version (version) VALUES (0);
            """),
        new(6, "users greeted in the Messages tab", """
            CREATE TABLE greeted_users (
                user_id TEXT PRIMARY KEY,
                greeted_at INTEGER NOT NULL);
            """),
        new(7, "what voters said was missing", """
            ALTER TABLE answer_feedback ADD COLUMN comment TEXT;
            """),
    ];
}
