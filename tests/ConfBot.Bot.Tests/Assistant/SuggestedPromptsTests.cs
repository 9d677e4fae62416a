using ConfBot.Bot.Assistant;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Tests.Assistant;

public sealed class SuggestedPromptsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Suggests_the_latest_conference_a_frequent_tool_a_speaker_and_open_action_points()
    {
        var catalog = Catalog(
            Talk("Kubernetes at scale", "Ana Ruiz", "KubeCon", 2023, "Running Kubernetes with Argo."),
            Talk("Charts", "Ana Ruiz", "KubeCon", 2023, "Packaging Kubernetes apps."),
            Talk("Old news", "Bo Chen", "DevOpsDays", 2019, "Jenkins pipelines with Argo on Kubernetes."));
        Assert.Equal(0, Today.DayNumber % 2); // the leading topic and speaker take today's turn

        var prompts = SuggestedPrompts.Pick(catalog, openActionPoints: true, Today);

        Assert.Equal(
        [
            new SuggestedPrompt("What did we learn at KubeCon 2023?", "What did we learn at KubeCon 2023?"),
            new SuggestedPrompt("What did the talks say about Kubernetes?", "What did the talks say about Kubernetes?"),
            new SuggestedPrompt("What did Ana Ruiz talk about?", "What did Ana Ruiz talk about?"),
            new SuggestedPrompt("Open action points", "actions open"),
        ], prompts);
    }

    [Fact]
    public void Offers_help_where_the_notes_leave_room_and_nothing_they_do_not_have()
    {
        var catalog = Catalog(Talk("A talk with no conference", "Cy Diaz", null, null, "Nothing named twice."));

        var prompts = SuggestedPrompts.Pick(catalog, openActionPoints: false, Today);

        Assert.Equal(
        [
            new SuggestedPrompt("What did Cy Diaz talk about?", "What did Cy Diaz talk about?"),
            new SuggestedPrompt("What can I ask?", "help"),
        ], prompts);
    }

    [Fact]
    public void Offers_only_help_for_empty_notes() =>
        Assert.Equal([new SuggestedPrompt("What can I ask?", "help")], SuggestedPrompts.Pick(TalkCatalog.Empty, openActionPoints: false, Today));

    [Fact]
    public void Takes_the_latest_conference_already_held_then_the_one_with_most_talks()
    {
        var catalog = Catalog(
            Talk("Plans", "A B", "FutureConf", 2030, null),
            Talk("One", "A B", "SREcon", 2024, null),
            Talk("Two", "C D", "QCon", 2024, null),
            Talk("Three", "E F", "QCon", 2024, null),
            Talk("Four", "G H", "QCon", 2021, null));

        Assert.Equal("What did we learn at QCon 2024?", SuggestedPrompts.Pick(catalog, false, Today)[0].Message);
    }

    [Fact]
    public void Shortens_a_long_title_but_asks_the_whole_question()
    {
        const string conference = "International Conference on Software Architecture and Operations";
        var catalog = Catalog(Talk("One", "A B", conference, 2025, null));

        var prompt = SuggestedPrompts.Pick(catalog, false, Today)[0];

        Assert.Equal($"What did we learn at {conference} 2025?", prompt.Message);
        Assert.True(prompt.Title.Length <= SuggestedPrompt.MaxTitleLength, prompt.Title);
        Assert.StartsWith("International Conference", prompt.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_the_same_for_a_day_and_takes_turns_among_the_leading_speakers_across_days()
    {
        var catalog = Catalog(
            Talk("One", "Ana Ruiz", "KubeCon", 2023, null),
            Talk("Two", "Bo Chen", "KubeCon", 2023, null),
            Talk("Three", "Cy Diaz", "KubeCon", 2023, null),
            Talk("Four", "Di Eng", "KubeCon", 2023, null));

        var days = Enumerable.Range(0, 6).Select(d => Speaker(catalog, Today.AddDays(d))).ToList();

        Assert.Equal(Speaker(catalog, Today), Speaker(catalog, Today));
        Assert.Equal(3, days.Distinct().Count());
        Assert.DoesNotContain("What did Di Eng talk about?", days);
    }

    [Fact]
    public void Never_offers_more_than_four()
    {
        var catalog = Catalog(
            Talk("Kubernetes at scale", "Ana Ruiz", "KubeCon", 2023, "Kubernetes."),
            Talk("Kubernetes again", "Ana Ruiz", "KubeCon", 2023, "Kubernetes."));

        Assert.Equal(AssistantWelcome.MaxPrompts, SuggestedPrompts.Pick(catalog, true, Today).Count);
    }

    private static string Speaker(TalkCatalog catalog, DateOnly day) =>
        SuggestedPrompts.Pick(catalog, false, day).Single(p => p.Message.EndsWith("talk about?", StringComparison.Ordinal)).Message;

    private static Talk Talk(string title, string speaker, string? conference, int? year, string? summary) => new()
    {
        Id = title.ToLowerInvariant().Replace(' ', '-'),
        Title = title,
        Speakers = [speaker],
        Conference = conference,
        Year = year,
        Summary = summary,
    };

    private static TalkCatalog Catalog(params Talk[] talks) => new(talks, []);
}
