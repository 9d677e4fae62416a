using System.CommandLine;
using ConfBot.Core.Notes.Written;
using ConfBot.Storage;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot notes export DIR</c> / <c>import DIR</c>: notes written from Slack as files with front matter, so a team
/// can keep them in its notes repository, or move them between state stores.
/// </summary>
internal static class NotesCommand
{
    public static Command Create() => new("notes", "Export or import the notes written from Slack (kept in the state store)")
    {
        Sub("export", "Write every note written from Slack into DIR, one file each, with its author, times and source in front matter",
            (store, folder, output, cancellationToken) => WrittenNoteFolder.ExportAsync(store, folder, output, cancellationToken)),
        Sub("import", "Read files written by `confbot notes export` from DIR into the state store; a note already there by id is updated",
            (store, folder, output, cancellationToken) => WrittenNoteFolder.ImportAsync(store, folder, output, cancellationToken)),
    };

    private static Command Sub(string name, string description, Func<IWrittenNoteStore, string, TextWriter, CancellationToken, Task<int>> run)
    {
        var folder = new Argument<string>("DIR") { Description = "Folder of note files" };
        var command = new Command(name, description) { folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliServices.Build(extra: s => s.AddStorage());
            // Starting the host migrates the state database, as `serve` does.
            await host.StartAsync(cancellationToken);
            var code = await run(host.Services.GetRequiredService<IWrittenNoteStore>(), Path.GetFullPath(parse.GetValue(folder)!), Console.Out, cancellationToken);
            await host.StopAsync(cancellationToken);
            return code;
        });
        return command;
    }
}
