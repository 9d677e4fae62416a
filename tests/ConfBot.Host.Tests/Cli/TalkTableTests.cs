using ConfBot.Cli;
using ConfBot.Core.Talks;
using Spectre.Console;

namespace ConfBot.Host.Tests.Cli;

/// <summary><c>confbot talks</c>: short ids, the speaker once, and a table no wider than the terminal.</summary>
public sealed class TalkTableTests
{
    private static readonly TalkCatalog Catalog = new(
    [
        new Talk { Id = "kubecon2019-nick-walker-vend-debugging-services-at-vend-in-production", Title = "Nick Walker (Vend): debugging services at Vend in production with tracing and structured logs", Speakers = ["Nick Walker"], Conference = "KubeCon", Year = 2019, Day = 2 },
        new Talk { Id = "devopsdays2019-working-with-secrets", Title = "Working with Secrets", Speakers = ["Ann Smith"], Conference = "DevOpsDays", Year = 2019 },
    ], []);

    [Fact]
    public void A_speaker_the_title_names_is_not_repeated()
    {
        Assert.Equal("Nick Walker (Vend): debugging services at Vend in production with tracing and structured logs", TalkTable.Describe(Catalog.Talks[0]));
        Assert.Equal("Working with Secrets — Ann Smith", TalkTable.Describe(Catalog.Talks[1]));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void The_table_fits_the_terminal_and_shows_short_ids(int width)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;

        TalkTable.Render(Catalog, console);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        Assert.All(Catalog.Talks, t => Assert.Contains(lines, line => line.Contains(Catalog.ShortId(t), StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.Contains(Catalog.Talks[0].Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Redirected_output_is_one_plain_line_a_talk_with_its_short_id_first()
    {
        var output = new StringWriter();

        TalkTable.WritePlain(Catalog, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ID ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(Catalog.ShortId(Catalog.Talks[1]) + "  DevOpsDays 2019", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("  Working with Secrets — Ann Smith", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_the_short_id_beside_the_full_one()
    {
        var json = TalkJson.ToJson(Catalog.Talks[0], Catalog);

        Assert.Equal(Catalog.Talks[0].Id, json["id"]);
        Assert.Equal(Catalog.ShortId(Catalog.Talks[0]), json["shortId"]);
    }
}
