namespace ConfBot.Storage;

public enum StorageProvider
{
    /// <summary>PostgreSQL when a connection string is configured, else SQLite.</summary>
    Auto,
    Sqlite,
    Postgres,
}
