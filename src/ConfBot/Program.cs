using System.CommandLine;
using ConfBot.Cli;

var root = new RootCommand("ConfBot: turns a team's conference notes into answers, in the terminal or in Slack.")
{
    TalksCommand.Create(),
    AskCommand.Create(),
    BenchCommand.Create(),
    ServeCommand.Create(),
    DigestCommand.Create(),
    FeedbackCommand.Create(),
    NotesCommand.Create(),
    HealthCommand.Create(),
};
return await CliErrors.Guard(() => root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
