using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>Talks named only in a note's prose, with no heading of their own.</summary>
public sealed class TalkProseShapeTests
{
    [Fact]
    public void Talks_named_in_prose_by_a_quoted_title_beside_a_speaker_are_talks()
    {
        var talks = NotesReader.WriteUps("""
            # Back from RSECon

            The conference was bigger than ever this year, with many parallel sessions.

            The talk on 'Imposter syndrome' by Vijay Sharma was full of relatable stories. Later, Kenji Takeda's
            workshop on 'Learn how to become an AI Super-RSE' ran twice because so many people wanted in.
            """);

        Assert.Equal(["Imposter syndrome", "Learn how to become an AI Super-RSE"], talks.Select(t => t.Title));
        Assert.Equal(["Vijay Sharma", "Kenji Takeda"], talks.Select(t => Assert.Single(t.Speakers)));
    }

    [Fact]
    public void A_post_about_one_talk_named_only_in_its_prose_is_that_talk()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            # What I learned at GopherCon

            ## Why this one

            On the second morning Aoife Byrne gave a talk called "Profiling Go Services Before Lunch", and it was the
            one I keep coming back to.

            ## The tools

            - pprof over HTTP in every service, behind an admin port
            - flame graphs from production, not from a laptop
            """));

        Assert.Equal("Profiling Go Services Before Lunch", writeUp.Title);
        Assert.Contains(writeUp.KeyPoints, k => k.Contains("flame graphs", StringComparison.Ordinal));
    }
}
