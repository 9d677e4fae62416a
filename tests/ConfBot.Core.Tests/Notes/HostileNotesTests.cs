using System.Text;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>
/// Notes no person writes but a broken export, a paste gone wrong or a malicious teammate can produce: each is read
/// (or skipped with a warning) without an exception, and in bounded time — every case once took minutes or threw.
/// </summary>
public sealed class HostileNotesTests
{
    private static readonly Dictionary<string, Func<string>> Cases = new()
    {
        ["a million dashes"] = () => new string('-', 1_000_000),
        ["a one-megabyte line"] = () => new string('a', 1_000_000),
        ["unclosed brackets"] = () => Repeat("[", 200_000),
        ["unclosed links"] = () => Repeat("[a](", 100_000),
        ["unclosed anchors"] = () => Repeat("<a href=\"http://x.com/a", 50_000),
        ["unclosed divs"] = () => Repeat("<div>", 100_000),
        ["unclosed shortcodes"] = () => Repeat("{{< youtube ", 100_000),
        ["bare urls"] = () => Repeat("http://", 200_000),
        ["carriage returns only"] = () => string.Join("\r", Enumerable.Range(0, 50_000).Select(i => $"- point {i}")),
        ["5,000 talk headings"] = () => Lines(5_000, i => $"## Talk {i} by Person {i}\n- point {i}"),
        ["5,000 speaker headings"] = () => Lines(5_000, i => $"### Speaker {i} - Company {i}\nTalk about stuff {i}. Slides: https://speakerdeck.com/x/{i}"),
        ["5,000 setext titles"] = () => Lines(5_000, i => $"Title {i}\n========"),
        ["5,000 day markers"] = () => Lines(5_000, i => $"Day {i} :\n1) Talk {i}\n- x"),
        ["5,000 html talks"] = () => "<html><body>" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<h3>Talk {i} by P{i}</h3><ul><li>x {i}</li></ul>")) + "</body></html>",
        ["5,000 inline talk mentions"] = () => string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"[Talk {i}](https://confengine.com/x/proposal/{i}/talk-{i}) by Person {i}.")),
        ["nested quotes"] = () => Repeat("> ", 100_000) + "x",
        ["emphasis soup"] = () => Repeat("*a _b ", 100_000),
        ["direction and zero-width marks"] = () => Repeat("\u200b\u202e😀ß", 100_000),
    };

    private static readonly string[] Tokens =
    [
        "#", "##", "- ", "* ", "1) ", "\n", "\n\n", "[", "]", "(", ")", "http://a.b/c", "<a href=\"", "\">", "</a>", "**", "_", "`", "---",
        "Day 1 :", "Talk:", "by ", " - ", "Slides", "Video", "TODO:", "Action:", "word", "Rootconf 2017", "|", ">", "{{<", ">}}", "  ", "\t", ":", ".",
    ];

    public static TheoryData<string> Named => [.. Cases.Keys];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Named))]
    public Task Pathological_note_is_read_without_an_error(string name) => ReadAsync(Cases[name]());

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Random_markdown_and_html_soup_is_read_without_an_error(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = random.Next(10, 40_000); i > 0; i--)
            text.Append(Tokens[random.Next(Tokens.Length)]);
        return ReadAsync(text.ToString());
    }

    /// <summary>A hang guard with a wide margin, not a speed check: the slowest case takes about a second.</summary>
    private static async Task ReadAsync(string note)
    {
        var bytes = Encoding.UTF8.GetBytes(note);
        await Task.Run(() => NotesReader.Warning(bytes)).WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Lines(int count, Func<int, string> line) => string.Join("\n", Enumerable.Range(0, count).Select(line));
}
