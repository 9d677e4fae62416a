using ConfBot.Core.Notes.Written;
using ConfBot.Core.State;
using ConfBot.Storage.Postgres;
using ConfBot.Storage.Sql;
using ConfBot.Storage.Sql.Schema;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConfBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the state stores of <c>ConfBot.Core.State</c> (<see cref="IDigestSubscriptionStore"/>, <see cref="IDigestLog"/>,
    /// <see cref="ITalkFirstSeenStore"/>, <see cref="IActionPointStateStore"/>, <see cref="IProcessedEventLog"/>, <see cref="IFeedbackStore"/>,
    /// <see cref="IThreadAnswerStore"/>, <see cref="IGreetingLog"/>) and Core's <see cref="IWrittenNoteStore"/> on the database
    /// <see cref="StorageOptions"/> (section <see cref="StorageOptions.SectionName"/>) picks, and a hosted service that creates
    /// or migrates its schema while the host is starting, before any hosted service starts.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<SqlDatabase>(sp => Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<IDigestSubscriptionStore, SqlDigestSubscriptionStore>();
        services.TryAddSingleton<IDigestLog, SqlDigestLog>();
        services.TryAddSingleton<ITalkFirstSeenStore, SqlTalkFirstSeenStore>();
        services.TryAddSingleton<IActionPointStateStore, SqlActionPointStateStore>();
        services.TryAddSingleton<IProcessedEventLog, SqlProcessedEventLog>();
        services.TryAddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.TryAddSingleton<IThreadAnswerStore, SqlThreadAnswerStore>();
        services.TryAddSingleton<IWrittenNoteStore, SqlWrittenNoteStore>();
        services.TryAddSingleton<IGreetingLog, SqlGreetingLog>();
        services.AddHostedService<StorageMigrationService>();
        return services;
    }

    private static SqlDatabase Open(StorageOptions options) => options.EffectiveProvider switch
    {
        StorageProvider.Postgres => new PostgresDatabase(options.ConnectionString!),
        _ => new SqliteDatabase(options.SqlitePathOrDefault),
    };
}
