using ConfBot.Core.Talks;
using Spectre.Console;

namespace ConfBot.Cli;

/// <summary>
/// The talks as <c>confbot talks</c> lists them: on a terminal a table as wide as the terminal, the talk column
/// wrapping; redirected, one plain line per talk that tools can cut and grep.
/// </summary>
internal static class TalkTable
{
    /// <summary>"Title — speakers the title does not name [n write-ups]".</summary>
    public static string Describe(Talk talk)
    {
        var speakers = talk.SpeakersNotInTitle;
        var by = speakers.Count > 0 ? $" — {string.Join(", ", speakers)}" : "";
        var writeUps = talk.Sources.Count > 1 ? $" [{talk.Sources.Count} write-ups]" : "";
        return $"{talk.Title}{by}{writeUps}";
    }

    public static void Render(TalkCatalog catalog, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Simple).Expand()
            .AddColumn(new TableColumn("ID").NoWrap())
            .AddColumn(new TableColumn("EVENT"))
            .AddColumn(new TableColumn("DAY").RightAligned().NoWrap())
            .AddColumn(new TableColumn("LINKS").RightAligned().NoWrap())
            .AddColumn(new TableColumn("TODO").RightAligned().NoWrap())
            .AddColumn(new TableColumn("TALK"));
        foreach (var talk in catalog.Talks)
        {
            table.AddRow(
                new Text(catalog.ShortId(talk)),
                new Text(talk.EventLabel ?? ""),
                new Text(talk.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                new Text(talk.Links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(talk.ActionPoints.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(Describe(talk)));
        }
        console.Write(table);
    }

    public static void WritePlain(TalkCatalog catalog, TextWriter output)
    {
        var idWidth = catalog.Talks.Select(t => catalog.ShortId(t).Length).DefaultIfEmpty(2).Max();
        var eventWidth = catalog.Talks.Select(t => t.EventLabel?.Length ?? 0).DefaultIfEmpty(5).Max();
        output.WriteLine($"{"ID".PadRight(idWidth)}  {"EVENT".PadRight(eventWidth)}  DAY  LINKS  TODO  TALK");
        foreach (var talk in catalog.Talks)
            output.WriteLine($"{catalog.ShortId(talk).PadRight(idWidth)}  {(talk.EventLabel ?? "").PadRight(eventWidth)}  {talk.Day,3}  {talk.Links.Count,5}  {talk.ActionPoints.Count,4}  {Describe(talk)}");
    }
}
