using System.ComponentModel.DataAnnotations;
using ConfBot.Storage.Postgres;

namespace ConfBot.Storage;

/// <summary>
/// Where ConfBot keeps its state. With nothing configured it is a SQLite file; set
/// <see cref="ConnectionString"/> (<c>ConfBot__Storage__ConnectionString</c>) to share a PostgreSQL database between replicas.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "ConfBot:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Auto;

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Username=confbot;Password=…;Database=confbot</c>. A secret: from the environment, never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The SQLite file; relative paths are resolved against the working directory. Empty: <c>confbot.db</c> in the
    /// user's data folder (<see cref="UserDataFolder"/>), so every command, run from any folder, shares one state.
    /// </summary>
    public string SqlitePath { get; set; } = "";

    /// <summary>The file <see cref="SqlitePath"/> names, or the one in the user's data folder when it names none.</summary>
    public string SqlitePathOrDefault => string.IsNullOrWhiteSpace(SqlitePath) ? Path.Combine(UserDataFolder.Path(), "confbot.db") : SqlitePath;

    /// <summary>The provider <see cref="Provider"/> means once <see cref="StorageProvider.Auto"/> is decided.</summary>
    public StorageProvider EffectiveProvider => Provider switch
    {
        StorageProvider.Auto => string.IsNullOrWhiteSpace(ConnectionString) ? StorageProvider.Sqlite : StorageProvider.Postgres,
        _ => Provider,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (EffectiveProvider == StorageProvider.Postgres && !hasConnectionString)
            yield return new ValidationResult("PostgreSQL storage needs ConfBot:Storage:ConnectionString.", [nameof(ConnectionString)]);
        if (EffectiveProvider == StorageProvider.Sqlite && hasConnectionString)
            yield return new ValidationResult("ConfBot:Storage:ConnectionString is for PostgreSQL; SQLite takes ConfBot:Storage:SqlitePath.", [nameof(ConnectionString)]);
        // The connection string itself is not quoted: it carries the password.
        if (EffectiveProvider == StorageProvider.Postgres && hasConnectionString && PostgresDatabase.Check(ConnectionString!) is { } problem)
            yield return new ValidationResult($"ConfBot:Storage:ConnectionString is not a PostgreSQL connection string: {problem}", [nameof(ConnectionString)]);
    }
}
