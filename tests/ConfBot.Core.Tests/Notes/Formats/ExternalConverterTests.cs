using ConfBot.Core.Notes.Reading;

namespace ConfBot.Core.Tests.Notes.Formats;

/// <summary>A converter that is missing, fails or hangs costs its one note, with a reason, never an exception.</summary>
public sealed class ExternalConverterTests
{
    [Fact]
    public void A_missing_converter_says_what_to_install()
    {
        var converter = new ExternalConverter("confbot-no-such-converter", [], "apt-get install confbot-no-such-converter", TimeSpan.FromSeconds(5));
        Assert.Equal(
            (null, "skipped: reading .org needs confbot-no-such-converter (apt-get install confbot-no-such-converter)"),
            converter.Convert("* Day 1", ".org"));
    }

    [Fact]
    public void A_converter_that_fails_gives_its_exit_code()
    {
        var converter = new ExternalConverter("false", [], "apt-get install coreutils", TimeSpan.FromSeconds(5));
        Assert.Equal((null, "skipped: false could not convert it (exit code 1)"), converter.Convert("* Day 1", ".org"));
    }

    [Fact]
    public void A_converter_that_overruns_its_time_is_stopped()
    {
        // sleep never reads its input nor ends within the test's time: the timeout is what ends it.
        var converter = new ExternalConverter("sleep", ["600"], "apt-get install coreutils", TimeSpan.FromMilliseconds(200));
        Assert.Equal((null, "skipped: sleep took longer than 0.2 s to convert it"), converter.Convert(new string('x', 1_000_000), ".org"));
    }

    [Fact]
    public void The_note_reaches_the_converter_on_its_standard_input_and_its_output_is_the_html()
    {
        var converter = new ExternalConverter("cat", [], "apt-get install coreutils", TimeSpan.FromSeconds(5));
        Assert.Equal(("<p>caf\u00e9</p>", null), converter.Convert("<p>caf\u00e9</p>", ".org"));
    }
}
