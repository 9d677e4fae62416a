#!/usr/bin/env bash
# Sourced by the load scripts: publishes `confbot` as it ships (ReadyToRun, see the Dockerfile) into $1 and builds the
# load generator; sets $confbot_dll and $generator.
publish_dir=$1
dotnet publish src/ConfBot/ConfBot.csproj --configuration Release --runtime linux-x64 --self-contained false \
  --output "$publish_dir" -v quiet -nologo >/dev/null
dotnet build tools/ConfBot.LoadTest/ConfBot.LoadTest.csproj --configuration Release -v quiet -nologo >/dev/null
confbot_dll=$publish_dir/confbot.dll
generator=tools/ConfBot.LoadTest/bin/Release/net10.0/ConfBot.LoadTest.dll
