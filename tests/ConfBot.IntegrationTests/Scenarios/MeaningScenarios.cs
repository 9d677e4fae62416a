using ConfBot.Core.Search;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>The running service with semantic search on, as it ships: the seeds are embedded in the background, then paraphrases are answered.</summary>
public sealed class MeaningScenarios : IDisposable
{
    private readonly string _vectors = Path.Combine(Path.GetTempPath(), $"confbot-vectors-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_vectors);

    [Fact]
    public async Task Once_the_notes_are_embedded_a_slash_command_in_other_words_finds_the_talk_and_the_metric_says_so()
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConfBot:Search:Semantic"] = "true",
            ["ConfBot:Search:EmbeddingCache"] = _vectors,
            ["ConfBot:Search:EmbeddingThreads"] = "2",
        });

        await service.Services.GetRequiredService<IKnowledgeBase>().Embedded.WaitAsync(TimeSpan.FromMinutes(5));
        var reply = await service.CommandReplyAsync("lessons on cheaper cloud servers that can disappear any minute", "paraphrase");
        var metrics = await MetricsScrape.ReadAsync(service.Client);

        Assert.Contains("Spotswap", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, metrics.Sum("confbot_search_meaning"));
        Assert.True(new FileInfo(_vectors).Length > 0, "vectors are kept for the next start");
    }
}
