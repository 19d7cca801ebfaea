FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir '.[neo4j,elastic]'
EXPOSE 8000
CMD ["chainkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
