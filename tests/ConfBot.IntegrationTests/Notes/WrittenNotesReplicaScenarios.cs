using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Notes;

/// <summary>Two replicas on one PostgreSQL database: a note written through one is answered by the other within seconds, and a deletion reaches both.</summary>
public sealed class WrittenNotesReplicaScenarios
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    private static readonly NoteDraft Draft = new()
    {
        Title = "Borrowing parsers in Rust",
        Conference = "Oxidize North",
        Year = 2025,
        Speakers = ["Ngozi Adeyemi"],
        Notes = "- winnow parsers borrow slices of the input instead of allocating strings",
    };

    [SkippableFact]
    public async Task A_note_added_on_one_replica_is_answered_by_the_other_and_deleted_from_both()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var first = await ConfBotService.StartAsync(slack: slack, settings: schema.Settings);
        await using var second = await ConfBotService.StartAsync(slack: slack, settings: schema.Settings);

        var arrived = CatalogAsync(second, catalog => Has(catalog, Draft.Title));
        var added = await first.Services.GetRequiredService<IWrittenNotes>().AddAsync("U1", new WrittenNoteSource(WrittenNoteSourceKind.Modal), Draft);
        Assert.Equal(WrittenNoteOutcome.Added, added.Outcome);
        Assert.Equal([Draft.Title], Answers(first, "winnow borrow slices"));
        await arrived.WaitAsync(Within);
        Assert.Equal([Draft.Title], Answers(second, "winnow borrow slices"));

        var gone = CatalogAsync(second, catalog => !Has(catalog, Draft.Title));
        var deleted = await first.Services.GetRequiredService<IWrittenNotes>().DeleteAsync(added.Note!.Id, "U1");
        Assert.Equal(WrittenNoteOutcome.Deleted, deleted.Outcome);
        Assert.Empty(Answers(first, "winnow borrow slices"));
        await gone.WaitAsync(Within);
        Assert.Empty(Answers(second, "winnow borrow slices"));
    }

    private static bool Has(TalkCatalog catalog, string title) => catalog.Talks.Any(t => t.Title == title);

    private static IReadOnlyList<string> Answers(ConfBotService service, string question) =>
        service.Services.GetRequiredService<IKnowledgeBase>().Search(question, 3).Hits.Select(h => h.Talk.Title).ToList();

    /// <summary>Completes when the service's index holds a catalog for which <paramref name="condition"/> holds: watched before the change, checked once now.</summary>
    private static Task CatalogAsync(ConfBotService service, Func<TalkCatalog, bool> condition)
    {
        var knowledge = service.Services.GetRequiredService<IKnowledgeBase>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReloaded(object? sender, TalkCatalog catalog)
        {
            if (condition(catalog) && reached.TrySetResult())
                knowledge.Reloaded -= OnReloaded;
        }
        knowledge.Reloaded += OnReloaded;
        if (condition(knowledge.Catalog) && reached.TrySetResult())
            knowledge.Reloaded -= OnReloaded;
        return reached.Task;
    }
}
