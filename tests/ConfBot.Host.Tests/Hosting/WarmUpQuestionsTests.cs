using ConfBot.Core.Talks;
using ConfBot.Hosting.WarmUp;

namespace ConfBot.Host.Tests.Hosting;

/// <summary>The warm-up asks what people ask, drawn from the notes being served.</summary>
public sealed class WarmUpQuestionsTests
{
    private static readonly NoteSource Source = new("notes.md", 1, "Secrets at scale");

    private static readonly TalkCatalog Catalog = new(
    [
        new Talk { Id = "a", Title = "Secrets management at scale", Speakers = ["Ann Lee"], KeyPoints = ["Rotate every credential the build uses, weekly"], Sources = [Source] },
        new Talk { Id = "b", Title = "Chaos engineering", Sources = [Source] },
    ], []);

    [Fact]
    public void Questions_are_titles_speakers_key_points_and_titles_with_a_typo()
    {
        var questions = WarmUpQuestions.For(Catalog, 6);

        Assert.Equal(
            ["Secrets management at scale", "speaker Ann Lee", "Rotate every credential the build uses,", "Secrets mnaagement at scale", "Chaos engineering", "Chaos egnineering"],
            questions);
    }

    [Fact]
    public void More_questions_than_the_notes_give_cycle_through_them_again()
    {
        var questions = WarmUpQuestions.For(Catalog, 13);

        Assert.Equal(13, questions.Count);
        Assert.Equal(questions[0], questions[6]);
        Assert.Equal(questions[0], questions[12]);
    }

    [Fact]
    public void Notes_without_talks_are_still_warmed_up_with_general_questions() =>
        Assert.Equal(4, WarmUpQuestions.For(TalkCatalog.Empty, 4).Count(q => q.Length > 0));
}
