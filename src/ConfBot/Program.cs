using System.CommandLine;
using ConfBot.Cli;

var root = new RootCommand($"ConfBot: turns a team's conference notes into answers, in the terminal or in Slack.\n\n{CliErrors.ExitCodesHelp}")
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
return await CliErrors.RunAsync(root, args);
